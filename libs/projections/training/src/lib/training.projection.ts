import { isContextEvent, type PublicEvent } from '@vwu/contracts';
import type { Segment } from '@vwu/platform-counts-over-time';
import { applyVersioned, type ProjectionHandler, type Versioned } from '@vwu/platform-messaging';
import { Schema, type AnyBulkWriteOperation, type Connection, type Model } from 'mongoose';
import { cadreContributions, happened } from './cadre-contributions';
import { nextCadreRecord, type CadreRecord } from './cadre-record';
import type { Completion } from './cadre-timeline';
import { rollUp } from '@vwu/platform-counts-over-time';
import { ctags } from './training-tags';

/**
 * The part of a unit's rollup document (unit_rollups) that contributions write, keyed by their
 * subject (`members.cadre-<id>`, beside the members' own): the same collection as
 * projections-membership's `unitMembers`, which the service passes in.
 */
export interface UnitContributions {
  _id: string;
  members?: Record<string, Segment[]>;
  rev?: number;
}

/** The units' rollups (projections-organisation): recompute these units and all above them. */
export interface RollupSettler {
  settleUnits(ids: readonly string[]): Promise<void>;
}

/** A course as the figures count it: held by a unit, from its first day, by topic and form. */
export interface CourseRecord extends Versioned {
  readonly unitId: string;
  readonly topic: string;
  readonly form: string;
  readonly startsOn: string;
}

/** A cadre's completions, by course: one each, whatever the redeliveries. */
interface CadreCompletions {
  _id: string;
  completions: Record<string, Omit<Completion, 'courseId'>>;
}

const SCHEDULED = 'vn.vwu.training.CourseScheduled.v1';
const COMPLETED = 'vn.vwu.training.CourseCompleted.v1';

function nextCourse(event: PublicEvent, current: CourseRecord | undefined) {
  if (event.type !== SCHEDULED || current) return undefined;
  const d = event.data as Record<string, unknown>;
  const [unitId, topic, form, startsOn] = ['unitId', 'topic', 'form', 'startsOn'].map((f) =>
    String(d[f]),
  ) as [string, string, string, string];
  return { version: Number(event.sequence), unitId, topic, form, startsOn };
}

const schema = new Schema<{ _id: string }>(
  { _id: { type: String } },
  { versionKey: false, minimize: false, strict: false },
);

type Doc<T> = T & { _id: string };

function model<T>(connection: Connection, name: string): Model<Doc<T>> {
  const known = connection.models[name] as Model<Doc<T>> | undefined;
  return known ?? (connection.model(name, schema, name) as unknown as Model<Doc<T>>);
}

/** The collections the training figures keep, apart from the units' rollups. */
export interface TrainingModels {
  readonly cadres: Model<Doc<CadreRecord>>;
  readonly courses: Model<Doc<CourseRecord>>;
  readonly completions: Model<CadreCompletions>;
}

export function trainingModels(connection: Connection): TrainingModels {
  return {
    cadres: model<CadreRecord>(connection, 'cadre_records'),
    courses: model<CourseRecord>(connection, 'course_records'),
    completions: model<Omit<CadreCompletions, '_id'>>(connection, 'cadre_completions'),
  };
}

/**
 * The training figures: each cadre's record (cadre_records, idempotent by her stream version),
 * her completions (cadre_completions, one per course), then what she adds to each unit she
 * touched, written whole into that unit's rollup document (`members.cadre-<id>`), and each
 * course's count at its unit (`members.course-<id>`); then those units and all above them
 * recompute. Every step writes whole values, so a redelivered batch ends in the same documents.
 */
export class TrainingProjection implements ProjectionHandler {
  constructor(
    private readonly models: TrainingModels,
    private readonly units: Model<UnitContributions>,
    private readonly rollups: RollupSettler,
  ) {}

  async apply(events: readonly PublicEvent[]): Promise<void> {
    const mine = events.filter((event) => isContextEvent('training', event));
    if (mine.length === 0) return;
    const ofCadres = mine.filter((e) => e.subject.startsWith('cadre-'));
    const ofCourses = mine.filter((e) => e.subject.startsWith('course-'));
    const records = await applyVersioned<CadreRecord>(
      this.models.cadres,
      ofCadres,
      nextCadreRecord,
    );
    const courses = await applyVersioned<CourseRecord>(this.models.courses, ofCourses, nextCourse);
    const completed = await this.recordCompletions(ofCourses.filter((e) => e.type === COMPLETED));
    const set = new Map<string, Record<string, Segment[]>>();
    const add = (unitId: string, key: string, segments: Segment[]) =>
      set.set(unitId, { ...set.get(unitId), [`members.${key}`]: segments });
    for (const [subject, { record, completions }] of await this.cadresOf(records, completed))
      for (const [unitId, segments] of cadreContributions(record, completions))
        add(unitId, subject, segments);
    for (const [subject, course] of courses)
      add(course.unitId, subject, courseContribution(course));
    await this.write(set);
  }

  /** Completions kept by cadre; returns the cadres they concern. */
  private async recordCompletions(events: readonly PublicEvent[]): Promise<string[]> {
    const writes = events.map((event) => {
      const d = event.data as Record<string, unknown>;
      const completion = {
        on: String(d['completedOn']),
        topic: String(d['topic']),
        form: String(d['form']),
      };
      return {
        updateOne: {
          filter: { _id: String(d['cadreId']) },
          update: { $set: { [`completions.${String(d['courseId'])}`]: completion } },
          upsert: true,
        },
      };
    });
    if (writes.length > 0)
      await this.models.completions.bulkWrite(writes as never, { ordered: false });
    return events.map((event) => String((event.data as Record<string, unknown>)['cadreId']));
  }

  /** Every cadre of the batch with her record and her completions. */
  private async cadresOf(records: Map<string, CadreRecord>, completed: readonly string[]) {
    const subjects = new Set([...records.keys(), ...completed.map((id) => `cadre-${id}`)]);
    const missing = [...subjects].filter((s) => !records.has(s));
    const loaded = await this.models.cadres.find({ _id: { $in: missing } }).lean();
    const all = new Map(records);
    for (const { _id, ...record } of loaded) all.set(_id, record);
    const ids = [...all.values()].map((r) => r.cadreId);
    const docs = await this.models.completions.find({ _id: { $in: ids } }).lean();
    const byCadre = new Map(
      docs.map((d) => [d._id, (d as unknown as CadreCompletions).completions]),
    );
    return new Map(
      [...all].map(([subject, record]) => {
        const kept = byCadre.get(record.cadreId) ?? {};
        const completions = Object.entries(kept).map(([courseId, c]) => ({ courseId, ...c }));
        return [subject, { record, completions }] as const;
      }),
    );
  }

  private async write(set: Map<string, Record<string, Segment[]>>): Promise<void> {
    const writes: AnyBulkWriteOperation<UnitContributions>[] = [...set].map(([unitId, fields]) => ({
      updateOne: {
        filter: { _id: unitId },
        update: { $set: fields, $inc: { rev: 1 } },
        upsert: true,
      },
    }));
    if (writes.length === 0) return;
    await this.units.bulkWrite(writes, { ordered: false });
    await this.rollups.settleUnits([...set.keys()]);
  }
}

function courseContribution(course: CourseRecord): Segment[] {
  const year = Number(course.startsOn.slice(0, 4));
  return rollUp([happened(ctags.course(year, course.topic, course.form), course.startsOn)]);
}

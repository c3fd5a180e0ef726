import { Injectable } from '@nestjs/common';
import {
  courseStreamId,
  CourseNotFoundError,
  type CourseCommand,
  type CourseEvent,
  type CourseRecord,
  type CourseState,
} from '@vwu/training-domain';
import type { Actor } from '@vwu/platform-auth';
import { foldEvents } from '@vwu/platform-decider';
import {
  envelope,
  EventStore,
  type CommandHandler,
  type CommandOutcome,
} from '@vwu/platform-event-sourcing';

/** The generic command handler bound to the course decider. */
export abstract class CourseCommands {
  abstract readonly handler: CommandHandler<CourseCommand, CourseEvent, CourseState>;
}

/**
 * The cadres whose record is at a unit now (not erased), as training-service's own read model
 * of its cadre events knows them: a bulk enrolment reads each one's stream again before it acts.
 */
export abstract class CadreDirectory {
  abstract atUnit(unitId: string): Promise<string[]>;
}

export interface LoadedCourse {
  readonly courseId: string;
  readonly state: CourseState;
  /** The stream's version (0 for none). */
  readonly version: number;
}

/** The course streams as the handlers use them. */
@Injectable()
export class CourseWorkspace {
  constructor(
    readonly store: EventStore,
    readonly commands: CourseCommands,
  ) {}

  async load(courseId: string): Promise<LoadedCourse> {
    const stored = await this.store.readStream(courseStreamId(courseId));
    const events = stored as unknown as readonly CourseEvent[];
    const state = foldEvents(this.commands.handler.decider, events);
    return { courseId, state, version: stored.at(-1)?.version ?? 0 };
  }

  handle(
    courseId: string,
    command: CourseCommand,
    actor: Actor,
  ): Promise<CommandOutcome<CourseEvent>> {
    return this.commands.handler.handle(envelope(courseStreamId(courseId), command, actor));
  }
}

export function requireCourseRecord(loaded: LoadedCourse): CourseRecord {
  if (loaded.state.status === 'none') throw new CourseNotFoundError(loaded.courseId);
  return loaded.state;
}

/** The course's unit and its ancestors: the scope that manages it. */
export function coursePath(course: CourseRecord): readonly string[] {
  return [...course.ancestorIds, course.unitId];
}

export interface CourseCommandResult {
  readonly id: string;
  readonly version: number;
  /** The module a manager added. */
  readonly moduleId?: string;
  /** The certificate of a completion this command made. */
  readonly certificateId?: string;
  /** The cadres a bulk enrolment enrolled. */
  readonly enrolled?: readonly string[];
}

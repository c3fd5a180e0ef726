import { type CalendarDate } from './calendar-date';
import { type MoveReason, type RatingGrade } from './unit.events';

/**
 * What the application layer knows about another unit (a parent, a successor), read from that
 * unit's own stream (a decider sees one stream only) and its ancestors' streams. A unit that has
 * no stream, or is no longer active, arrives with `active: false`; its other facts are then not
 * read.
 */
export interface UnitFacts {
  readonly unitId: string;
  readonly kind: string;
  /** The unit's ancestors today, root first. */
  readonly ancestorIds: readonly string[];
  readonly establishedOn: CalendarDate;
  readonly active: boolean;
}

/** The intended parent of a unit. */
export type ParentFacts = UnitFacts;

/**
 * Thành lập: establish a unit under its parent (null only for the root).
 *
 * Not checked here, because a decider sees one stream only: that there is a single root, and
 * that no sibling under the same parent has the same name. The application layer reserves
 * `(parentId, siblingNameKey(name))` (and the root) with a unique index before it appends.
 */
export interface EstablishUnit {
  readonly type: 'EstablishUnit';
  readonly unitId: string;
  /** As entered: normalised by the decider (see `normaliseUnitName`). */
  readonly name: string;
  readonly kind: string;
  readonly establishedOn: CalendarDate;
  readonly parent: ParentFacts | null;
}

/** Đổi tên: give a unit a new official name from a date on. */
export interface RenameUnit {
  readonly type: 'RenameUnit';
  readonly unitId: string;
  /** As entered: normalised by the decider. */
  readonly name: string;
  readonly renamedOn: CalendarDate;
}

/** Chuyển: put a unit, with its subtree, under another parent from a date on. */
export interface MoveUnit {
  readonly type: 'MoveUnit';
  readonly unitId: string;
  readonly newParent: ParentFacts;
  readonly movedOn: CalendarDate;
  /** 'moved' unless the move follows the parent's merger or dissolution. */
  readonly reason: MoveReason;
}

/**
 * Sáp nhập: close the unit into a successor of the same kind. Its children are moved by the
 * application layer, one `MoveUnit` each, after this decision.
 */
export interface MergeUnit {
  readonly type: 'MergeUnit';
  readonly unitId: string;
  readonly successor: UnitFacts;
  readonly mergedOn: CalendarDate;
}

/** Giải thể: end a unit that is empty, or whose children and members go to a successor. */
export interface DissolveUnit {
  readonly type: 'DissolveUnit';
  readonly unitId: string;
  readonly dissolvedOn: CalendarDate;
  readonly successor: UnitFacts | null;
  /** Active children today, counted by the application layer. */
  readonly childCount: number;
}

/** The number of women aged 18+ present in the unit's area on a date. */
export interface RecordWomenPopulation {
  readonly type: 'RecordWomenPopulation';
  readonly unitId: string;
  readonly asOf: CalendarDate;
  readonly women: number;
  /** Today, from the clock: figures cannot be of the future. */
  readonly today: CalendarDate;
}

/** The annual rating (xếp loại) for a year: once per unit and year. */
export interface RateUnit {
  readonly type: 'RateUnit';
  readonly unitId: string;
  readonly year: number;
  readonly grade: RatingGrade;
  readonly today: CalendarDate;
}

/** A correction of a year's rating, with the reason. */
export interface CorrectRating {
  readonly type: 'CorrectRating';
  readonly unitId: string;
  readonly year: number;
  readonly grade: RatingGrade;
  readonly reason: string;
}

/** The annual charter inspection (kiểm tra điều lệ) of a unit by one of its ancestors. */
export interface RecordInspection {
  readonly type: 'RecordInspection';
  readonly unitId: string;
  /** Chosen by the client, so that a retried request records nothing twice. */
  readonly inspectionId: string;
  readonly inspectedOn: CalendarDate;
  readonly inspectorUnitId: string;
  /** The unit's ancestors today, root first: the inspector must be one of them. */
  readonly ancestorIds: readonly string[];
  readonly findings: string;
  readonly passed: boolean;
  readonly today: CalendarDate;
}

export type UnitCommand =
  | EstablishUnit
  | RenameUnit
  | MoveUnit
  | MergeUnit
  | DissolveUnit
  | RecordWomenPopulation
  | RateUnit
  | CorrectRating
  | RecordInspection;

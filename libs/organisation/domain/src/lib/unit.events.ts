import { type CalendarDate } from './calendar-date';

// Event data are type aliases, not interfaces, so that they fit the event store's
// `DomainEvent` (`{ type, data: Readonly<Record<string, unknown>> }`).

/** Carries at least the facts of the public UnitEstablished.v1. */
export type UnitEstablished = {
  readonly type: 'UnitEstablished';
  readonly data: {
    readonly unitId: string;
    /** Normalised (NFC, trimmed, single spaces). */
    readonly name: string;
    readonly kind: string;
    /** Null only for the root. */
    readonly parentId: string | null;
    /** Root first, down to the parent; empty for the root. The tree as it was that day. */
    readonly ancestorIds: readonly string[];
    readonly establishedOn: CalendarDate;
  };
};

/** Carries at least the facts of the public UnitRenamed.v1. */
export type UnitRenamed = {
  readonly type: 'UnitRenamed';
  readonly data: {
    readonly unitId: string;
    readonly name: string;
    readonly previousName: string;
    readonly renamedOn: CalendarDate;
  };
};

/** Why a unit changed its parent: a move of its own, or its parent's merger or dissolution. */
export type MoveReason = 'moved' | 'parent-merged' | 'parent-dissolved';

/** Chuyển: the unit (with its whole subtree) sits under another parent from `movedOn`. */
export type UnitMoved = {
  readonly type: 'UnitMoved';
  readonly data: {
    readonly unitId: string;
    readonly previousParentId: string;
    readonly parentId: string;
    /** Root first, down to the new parent: the tree as it is from that day. */
    readonly ancestorIds: readonly string[];
    readonly movedOn: CalendarDate;
    readonly reason: MoveReason;
  };
};

/**
 * Sáp nhập: the unit closes and continues in a successor of the same kind; its children move
 * there, and so do its members (the membership context reacts to this event).
 */
export type UnitsMerged = {
  readonly type: 'UnitsMerged';
  readonly data: {
    readonly unitId: string;
    readonly successorId: string;
    /** The first day the merged unit no longer exists. */
    readonly mergedOn: CalendarDate;
  };
};

/** Giải thể: the unit ends; any children and members go to the successor. */
export type UnitDissolved = {
  readonly type: 'UnitDissolved';
  readonly data: {
    readonly unitId: string;
    /** Null when the unit was empty. */
    readonly successorId: string | null;
    /** The first day the unit no longer exists. */
    readonly dissolvedOn: CalendarDate;
  };
};

/** Women aged 18+ present in the unit's area on a date: the denominator of the attraction rate. */
export type WomenPopulationRecorded = {
  readonly type: 'WomenPopulationRecorded';
  readonly data: { readonly unitId: string; readonly asOf: CalendarDate; readonly women: number };
};

/** Xếp loại: xuất sắc, tốt, khá, trung bình, kém. */
export const RATING_GRADES = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

/** The annual rating of a unit for a year (one per unit and year). */
export type UnitRated = {
  readonly type: 'UnitRated';
  readonly data: { readonly unitId: string; readonly year: number; readonly grade: RatingGrade };
};

/** A correction supersedes the year's rating; the earlier grade stays in the history. */
export type UnitRatingCorrected = {
  readonly type: 'UnitRatingCorrected';
  readonly data: {
    readonly unitId: string;
    readonly year: number;
    readonly grade: RatingGrade;
    readonly previousGrade: RatingGrade;
    readonly reason: string;
  };
};

/** Kiểm tra điều lệ: the annual charter inspection of a branch by one of its ancestors. */
export type UnitInspected = {
  readonly type: 'UnitInspected';
  readonly data: {
    readonly unitId: string;
    readonly inspectionId: string;
    readonly inspectedOn: CalendarDate;
    readonly inspectorUnitId: string;
    readonly findings: string;
    readonly passed: boolean;
  };
};

export type UnitEvent =
  | UnitEstablished
  | UnitRenamed
  | UnitMoved
  | UnitsMerged
  | UnitDissolved
  | WomenPopulationRecorded
  | UnitRated
  | UnitRatingCorrected
  | UnitInspected;

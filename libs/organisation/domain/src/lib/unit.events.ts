import type {
  UnitDissolvedV1Data,
  UnitEstablishedV1Data,
  UnitInspectedV1Data,
  UnitMovedV1Data,
  UnitRatedV1Data,
  UnitRatingCorrectedV1Data,
  UnitRenamedV1Data,
  UnitsMergedV1Data,
  WomenPopulationRecordedV1Data,
} from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';

// Event data are type aliases, not interfaces, so that they fit the event store's
// `DomainEvent` (`{ type, data: Readonly<Record<string, unknown>> }`). Each is the public v1
// contract's data (libs/contracts), read-only: a unit's events carry nothing internal.

export type UnitEstablished = {
  readonly type: 'UnitEstablished';
  readonly data: DeepReadonly<UnitEstablishedV1Data>;
};

export type UnitRenamed = {
  readonly type: 'UnitRenamed';
  readonly data: DeepReadonly<UnitRenamedV1Data>;
};

/** Why a unit changed its parent: a move of its own, or its parent's merger or dissolution. */
export type MoveReason = UnitMovedV1Data['reason'];

/** Chuyển: the unit (with its whole subtree) sits under another parent from `movedOn`. */
export type UnitMoved = {
  readonly type: 'UnitMoved';
  readonly data: DeepReadonly<UnitMovedV1Data>;
};

/**
 * Sáp nhập: the unit closes and continues in a successor of the same kind; its children move
 * there, and so do its members (the membership context reacts to this event).
 */
export type UnitsMerged = {
  readonly type: 'UnitsMerged';
  readonly data: DeepReadonly<UnitsMergedV1Data>;
};

/** Giải thể: the unit ends; any children and members go to the successor. */
export type UnitDissolved = {
  readonly type: 'UnitDissolved';
  readonly data: DeepReadonly<UnitDissolvedV1Data>;
};

/** Women aged 18+ present in the unit's area on a date: the denominator of the attraction rate. */
export type WomenPopulationRecorded = {
  readonly type: 'WomenPopulationRecorded';
  readonly data: DeepReadonly<WomenPopulationRecordedV1Data>;
};

/** Xếp loại: xuất sắc, tốt, khá, trung bình, kém. */
export const RATING_GRADES = ['excellent', 'good', 'fair', 'average', 'weak'] as const;
export type RatingGrade = (typeof RATING_GRADES)[number];

/** The annual rating of a unit for a year (one per unit and year). */
export type UnitRated = {
  readonly type: 'UnitRated';
  readonly data: DeepReadonly<UnitRatedV1Data>;
};

/** A correction supersedes the year's rating; the earlier grade stays in the history. */
export type UnitRatingCorrected = {
  readonly type: 'UnitRatingCorrected';
  readonly data: DeepReadonly<UnitRatingCorrectedV1Data>;
};

/** Kiểm tra điều lệ: the annual charter inspection of a branch by one of its ancestors. */
export type UnitInspected = {
  readonly type: 'UnitInspected';
  readonly data: DeepReadonly<UnitInspectedV1Data>;
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

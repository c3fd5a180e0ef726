import { type CalendarDate } from './calendar-date';

/**
 * What the application layer knows about the intended parent, read from the parent's own stream
 * (a decider sees one stream only). A parent id that has no stream, or names a unit that is no
 * longer active, arrives with `active: false`; its other facts are then not read.
 */
export interface ParentFacts {
  readonly unitId: string;
  readonly kind: string;
  /** The parent's ancestors, root first. */
  readonly ancestorIds: readonly string[];
  readonly establishedOn: CalendarDate;
  readonly active: boolean;
}

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

export type UnitCommand = EstablishUnit | RenameUnit;

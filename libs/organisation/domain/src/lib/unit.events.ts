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

export type UnitEvent = UnitEstablished | UnitRenamed;

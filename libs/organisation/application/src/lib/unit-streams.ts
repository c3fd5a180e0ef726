import {
  siblingNameKey,
  type EstablishedUnitState,
  type UnitEvent,
  type UnitFacts,
  type UnitState,
} from '@vwu/organisation-domain';
import { foldEvents } from '@vwu/platform-decider';
import type { EventStore } from '@vwu/platform-event-sourcing';
import { NameTakenError } from './access';
import type { Reservations, UnitCommands } from './ports';
import type { WantedReservation } from './reserved';

/** Deeper than any union tree: a longer walk up means a corrupted tree, not a deep one. */
const MAX_DEPTH = 32;

/** A unit's current state, folded from its stream. */
export async function loadUnit(
  store: EventStore,
  commands: UnitCommands,
  unitId: string,
): Promise<UnitState> {
  const events = (await store.readStream(unitId)) as unknown as readonly UnitEvent[];
  return foldEvents(commands.handler.decider, events);
}

/**
 * The unit's ancestors today, root first, read by walking up the parents' streams: a move of an
 * ancestor changes them without an event on the unit's own stream.
 */
export async function ancestorsOf(
  store: EventStore,
  commands: UnitCommands,
  unit: EstablishedUnitState,
): Promise<readonly string[]> {
  const ancestors: string[] = [];
  let parentId = unit.parentId;
  while (parentId !== null) {
    if (ancestors.length >= MAX_DEPTH || ancestors.includes(parentId))
      throw new Error(`the ancestors of unit ${unit.unitId} do not end at the root`);
    ancestors.unshift(parentId);
    const parent = await loadUnit(store, commands, parentId);
    parentId = parent.status === 'established' ? parent.parentId : null;
  }
  return ancestors;
}

/** The unit and its ancestors, root first: what a user's scope must include. */
export async function pathOf(
  store: EventStore,
  commands: UnitCommands,
  unit: EstablishedUnitState,
): Promise<readonly string[]> {
  return [...(await ancestorsOf(store, commands, unit)), unit.unitId];
}

/** What a command on another unit needs to know about this one (see UnitFacts). */
export async function factsOf(
  store: EventStore,
  commands: UnitCommands,
  unitId: string,
): Promise<UnitFacts> {
  const unit = await loadUnit(store, commands, unitId);
  if (unit.status !== 'established' || unit.closure !== null)
    return { unitId, kind: '', ancestorIds: [], establishedOn: '0001-01-01', active: false };
  const ancestorIds = await ancestorsOf(store, commands, unit);
  return { unitId, kind: unit.kind, ancestorIds, establishedOn: unit.establishedOn, active: true };
}

/** The reservation id of a name among the children of one parent. */
export function siblingNameReservation(parentId: string | null, name: string): string {
  return `unit-name:${parentId ?? 'root'}:${siblingNameKey(name)}`;
}

/**
 * The active children of a unit, in name order. The sibling-name reservations are the index:
 * a child holds its name under its parent until it moves away or closes.
 */
export async function childrenOf(
  store: EventStore,
  commands: UnitCommands,
  reservations: Reservations,
  unitId: string,
): Promise<readonly EstablishedUnitState[]> {
  const holders = await reservations.holdersByPrefix(`unit-name:${unitId}:`);
  const states = await Promise.all(holders.map((id) => loadUnit(store, commands, id)));
  // An unconfirmed reservation of an establishment that failed is not a child.
  return states.filter(
    (state): state is EstablishedUnitState =>
      state.status === 'established' && state.closure === null && state.parentId === unitId,
  );
}

/** Whether a unit's stream holds the reserved name: an abandoned reservation may be taken over. */
export function holdsName(
  store: EventStore,
  commands: UnitCommands,
  reservation: string,
): (owner: string) => Promise<boolean> {
  return async (owner: string): Promise<boolean> => {
    const state = await loadUnit(store, commands, owner);
    return (
      state.status === 'established' &&
      state.closure === null &&
      siblingNameReservation(state.parentId, state.name) === reservation
    );
  };
}

/** The reservation of a name among siblings, as a command wants it. */
export function nameReservation(
  store: EventStore,
  commands: UnitCommands,
  parentId: string | null,
  name: string,
): WantedReservation {
  const id = siblingNameReservation(parentId, name);
  return {
    id,
    ownerHolds: holdsName(store, commands, id),
    taken: () =>
      new NameTakenError(
        'đã có đơn vị cùng cấp trên mang tên này — another unit under the same parent has this name',
      ),
  };
}

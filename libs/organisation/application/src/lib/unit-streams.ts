import { siblingNameKey, type UnitEvent, type UnitState } from '@vwu/organisation-domain';
import { foldEvents } from '@vwu/platform-decider';
import type { EventStore } from '@vwu/platform-event-sourcing';
import { NameTakenError } from './access';
import type { UnitCommands } from './ports';
import type { WantedReservation } from './reserved';

/** A unit's current state, folded from its stream. */
export async function loadUnit(
  store: EventStore,
  commands: UnitCommands,
  unitId: string,
): Promise<UnitState> {
  const events = (await store.readStream(unitId)) as unknown as readonly UnitEvent[];
  return foldEvents(commands.handler.decider, events);
}

/** The reservation id of a name among the children of one parent. */
export function siblingNameReservation(parentId: string | null, name: string): string {
  return `unit-name:${parentId ?? 'root'}:${siblingNameKey(name)}`;
}

/** The unit and its ancestors, root first: what a user's scope must include. */
export function unitPath(state: UnitState): readonly string[] {
  return state.status === 'established' ? [...state.ancestorIds, state.unitId] : [];
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
    taken: () => new NameTakenError('another unit under the same parent has this name'),
  };
}

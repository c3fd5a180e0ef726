import {
  siblingNameKey,
  type EstablishedUnitState,
  type UnitCommand,
  type UnitEvent,
  type UnitFacts,
  type UnitState,
} from '@vwu/organisation-domain';
import type { CommandHandler } from '@vwu/platform-event-sourcing';

/** What the simulation reads of the real tree, once per unit: its stream, its active children. */
export interface TreeSource {
  unit(unitId: string): Promise<UnitState>;
  childIds(unitId: string): Promise<readonly string[]>;
}

/** Deeper than any union tree: a longer walk up means a corrupted tree, not a deep one. */
const MAX_DEPTH = 32;

/**
 * A copy of the part of the unit tree a plan touches, changed in memory by the same decider
 * that will change the real one: each step is decided on the state the earlier steps left, so a
 * plan is validated whole before anything is written. Units are read from the source when first
 * needed; children lists when a step needs them (a merger, a name among siblings).
 */
export class SimulatedTree {
  private readonly states = new Map<string, UnitState>();
  private readonly children = new Map<string, Set<string>>();

  constructor(
    private readonly source: TreeSource,
    private readonly handler: Pick<CommandHandler<UnitCommand, UnitEvent, UnitState>, 'simulate'>,
  ) {}

  async state(unitId: string): Promise<UnitState> {
    let state = this.states.get(unitId);
    if (state === undefined) {
      state = await this.source.unit(unitId);
      this.states.set(unitId, state);
    }
    return state;
  }

  /** The unit if it exists and is not closed; undefined otherwise. */
  async active(unitId: string): Promise<EstablishedUnitState | undefined> {
    const state = await this.state(unitId);
    return state.status === 'established' && state.closure === null ? state : undefined;
  }

  /** Ancestors root first, as the simulated changes left them. */
  async ancestors(unit: EstablishedUnitState): Promise<readonly string[]> {
    const ancestors: string[] = [];
    for (let parentId = unit.parentId; parentId !== null;) {
      if (ancestors.length >= MAX_DEPTH || ancestors.includes(parentId))
        throw new Error(`the ancestors of unit ${unit.unitId} do not end at the root`);
      ancestors.unshift(parentId);
      const parent = await this.state(parentId);
      parentId = parent.status === 'established' ? parent.parentId : null;
    }
    return ancestors;
  }

  async path(unit: EstablishedUnitState): Promise<readonly string[]> {
    return [...(await this.ancestors(unit)), unit.unitId];
  }

  /** What a command on another unit needs to know about this one (as factsOf does). */
  async facts(unitId: string): Promise<UnitFacts> {
    const unit = await this.active(unitId);
    if (!unit)
      return { unitId, kind: '', ancestorIds: [], establishedOn: '0001-01-01', active: false };
    const ancestorIds = await this.ancestors(unit);
    return {
      unitId,
      kind: unit.kind,
      ancestorIds,
      establishedOn: unit.establishedOn,
      active: true,
    };
  }

  /** The active children, in the order they were found or arrived. */
  async childrenOf(unitId: string): Promise<readonly EstablishedUnitState[]> {
    const ids = await this.childIds(unitId);
    const states = await Promise.all([...ids].map((id) => this.active(id)));
    return states.filter(
      (s): s is EstablishedUnitState => s !== undefined && s.parentId === unitId,
    );
  }

  /** Which child of the parent has the name (after normalisation), if any. */
  async nameHolder(parentId: string, name: string): Promise<string | undefined> {
    const key = siblingNameKey(name);
    const found = (await this.childrenOf(parentId)).find((c) => siblingNameKey(c.name) === key);
    return found?.unitId;
  }

  /** Decides the command on the simulated state and applies its events; throws as decide does. */
  async simulate(unitId: string, command: UnitCommand): Promise<readonly UnitEvent[]> {
    const before = await this.state(unitId);
    const { events, state: after } = this.handler.simulate(command, before);
    await this.place(before, after);
    this.states.set(unitId, after);
    return events;
  }

  /** Keeps the children lists in step with a unit's change of parent or existence. */
  private async place(before: UnitState, after: UnitState): Promise<void> {
    if (after.status !== 'established') return;
    const wasUnder = before.status === 'established' ? before.parentId : null;
    if (wasUnder !== null) (await this.childIds(wasUnder)).delete(after.unitId);
    if (after.closure === null && after.parentId !== null)
      (await this.childIds(after.parentId)).add(after.unitId);
  }

  private async childIds(unitId: string): Promise<Set<string>> {
    let ids = this.children.get(unitId);
    if (ids === undefined) {
      ids = new Set(await this.source.childIds(unitId));
      this.children.set(unitId, ids);
    }
    return ids;
  }
}

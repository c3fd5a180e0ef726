import { Injectable } from '@nestjs/common';
import {
  UnitNotFoundError,
  type EstablishedUnitState,
  type MoveReason,
  type UnitCommand,
  type UnitEvent,
  type UnitFacts,
} from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { EventStore, type CommandOutcome } from '@vwu/platform-event-sourcing';
import { Reservations, UnitCommands } from './ports';
import { envelope, withReservations, type WantedReservation } from './reserved';
import {
  ancestorsOf,
  childrenOf,
  factsOf,
  loadUnit,
  nameReservation,
  siblingNameReservation,
} from './unit-streams';

/** A unit to move, where, from when, and why. */
export interface Move {
  readonly unit: EstablishedUnitState;
  readonly newParent: UnitFacts;
  readonly movedOn: string;
  readonly reason: MoveReason;
}

/** The unit streams and the reservations, as the handlers of unit commands use them. */
@Injectable()
export class UnitWorkspace {
  constructor(
    readonly store: EventStore,
    readonly commands: UnitCommands,
    readonly reservations: Reservations,
  ) {}

  /** The established unit (closed or not), or 404. */
  async established(unitId: string): Promise<EstablishedUnitState> {
    const unit = await loadUnit(this.store, this.commands, unitId);
    if (unit.status !== 'established') throw new UnitNotFoundError(unitId);
    return unit;
  }

  ancestors(unit: EstablishedUnitState): Promise<readonly string[]> {
    return ancestorsOf(this.store, this.commands, unit);
  }

  async path(unit: EstablishedUnitState): Promise<readonly string[]> {
    return [...(await this.ancestors(unit)), unit.unitId];
  }

  facts(unitId: string): Promise<UnitFacts> {
    return factsOf(this.store, this.commands, unitId);
  }

  children(unitId: string): Promise<readonly EstablishedUnitState[]> {
    return childrenOf(this.store, this.commands, this.reservations, unitId);
  }

  /** Who holds a name among the children of a parent, if anyone. */
  nameHolder(parentId: string, name: string): Promise<string | undefined> {
    return this.reservations.holder(siblingNameReservation(parentId, name));
  }

  /** Decides and appends one command on a unit's stream, holding the reservations it needs. */
  handle(
    unitId: string,
    command: UnitCommand,
    actor: Actor,
    wanted: readonly WantedReservation[] = [],
  ): Promise<CommandOutcome<UnitEvent>> {
    return withReservations(this.reservations, wanted, unitId, () =>
      this.commands.handler.handle(envelope(unitId, command, actor)),
    );
  }

  /**
   * Moves a unit under a new parent, taking its name there first (409 when a sibling has it)
   * and freeing it under the old parent after the append. Returns the stream version.
   */
  async moveUnder(move: Move, actor: Actor): Promise<number> {
    const { unit, newParent, movedOn, reason } = move;
    const command = { type: 'MoveUnit', unitId: unit.unitId, newParent, movedOn, reason } as const;
    if (unit.parentId === newParent.unitId)
      return (await this.handle(unit.unitId, command, actor)).version;
    const wanted = [nameReservation(this.store, this.commands, newParent.unitId, unit.name)];
    const outcome = await this.handle(unit.unitId, command, actor, wanted);
    await this.reservations.release(siblingNameReservation(unit.parentId, unit.name), unit.unitId);
    return outcome.version;
  }

  /** A closed unit's name is free again under its parent (a new unit may take it). */
  async freeName(unit: EstablishedUnitState): Promise<void> {
    await this.reservations.release(siblingNameReservation(unit.parentId, unit.name), unit.unitId);
  }
}

import { Injectable } from '@nestjs/common';
import {
  cadreStreamId,
  CadreNotFoundError,
  type CadreCommand,
  type CadreEvent,
  type CadreRecord,
  type CadreState,
} from '@vwu/training-domain';
import type { Actor } from '@vwu/platform-auth';
import { foldEvents } from '@vwu/platform-decider';
import {
  envelope,
  EventStore,
  type CommandHandler,
  type CommandOutcome,
} from '@vwu/platform-event-sourcing';
import { PersonalDataVault, type IdentityFields } from '@vwu/platform-personal-data';
import { TrainingUnits } from './ports';

/** The generic command handler bound to the cadre decider. */
export abstract class CadreCommands {
  abstract readonly handler: CommandHandler<CadreCommand, CadreEvent, CadreState>;
}

/** A cadre's stream as a handler reads it: her state and her sealed personal data. */
export interface LoadedCadre {
  readonly cadreId: string;
  readonly state: CadreState;
  readonly sealed: string | undefined;
  /** The stream's version (0 for none). */
  readonly version: number;
}

/** The cadre streams as the handlers use them. */
@Injectable()
export class CadreWorkspace {
  constructor(
    readonly store: EventStore,
    readonly commands: CadreCommands,
    private readonly units: TrainingUnits,
  ) {}

  /**
   * Her record's unit and its ancestors as the tree is now (a unit moved in a reform takes its
   * cadres' scope along); as recorded when the unit is not known here or closed.
   */
  async pathOf(cadre: CadreRecord): Promise<readonly string[]> {
    const unit = await this.units.facts(cadre.unitId);
    return unit.active ? [...unit.ancestorIds, unit.unitId] : cadrePath(cadre);
  }

  async load(cadreId: string): Promise<LoadedCadre> {
    const stored = await this.store.readStream(cadreStreamId(cadreId));
    const events = stored as unknown as readonly CadreEvent[];
    const state = foldEvents(this.commands.handler.decider, events);
    const sealed = events.flatMap((e) => ('personal' in e.data ? [e.data.personal] : [])).at(-1);
    return { cadreId, state, sealed, version: stored.at(-1)?.version ?? 0 };
  }

  handle(
    cadreId: string,
    command: CadreCommand,
    actor: Actor,
  ): Promise<CommandOutcome<CadreEvent>> {
    return this.commands.handler.handle(envelope(cadreStreamId(cadreId), command, actor));
  }
}

export function requireCadreRecord(loaded: LoadedCadre): CadreRecord {
  if (loaded.state.status === 'none') throw new CadreNotFoundError(loaded.cadreId);
  return loaded.state;
}

/** Her record's unit and its ancestors as her stream recorded them. */
export function cadrePath(cadre: CadreRecord): readonly string[] {
  return [...cadre.ancestorIds, cadre.unitId];
}

/**
 * A cadre's personal fields (Nghị định 13/2023): sealed under her own data key before they
 * reach a command, shown in full only to roles with `cadres:personal-data`, erasable.
 */
export type CadrePersonalFields = IdentityFields;

/** Her sealed data, under a key of her own in the training service's vault. */
@Injectable()
export class CadrePersonalData {
  constructor(readonly vault: PersonalDataVault) {}

  open(loaded: LoadedCadre): Promise<CadrePersonalFields | undefined> {
    if (loaded.sealed === undefined) return Promise.resolve(undefined);
    return this.vault.open<CadrePersonalFields>(loaded.cadreId, loaded.sealed);
  }
}

export interface CadreCommandResult {
  readonly id: string;
  readonly version: number;
  /** The post an appointment or a rotation started. */
  readonly postId?: string;
}

import { Injectable } from '@nestjs/common';
import {
  clubStreamId,
  ClubNotFoundError,
  type ClubCommand,
  type ClubEvent,
  type ClubRecord,
  type ClubState,
  type ClubType,
} from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import { foldEvents } from '@vwu/platform-decider';
import {
  envelope,
  EventStore,
  type CommandHandler,
  type CommandOutcome,
} from '@vwu/platform-event-sourcing';

/** The generic command handler bound to the club decider. */
export abstract class ClubCommands {
  abstract readonly handler: CommandHandler<ClubCommand, ClubEvent, ClubState>;
}

/** A club as a list shows it: no member ids, no personal data. */
export interface ClubSummary {
  readonly id: string;
  readonly unitId: string;
  readonly name: string;
  readonly type: ClubType;
  readonly status: 'open' | 'dissolved';
  readonly foundedOn: string;
  readonly memberCount: number;
}

/** The clubs by unit, as the service's own read model of its club events knows them. */
export abstract class ClubDirectory {
  abstract ofUnit(unitId: string, status?: 'open' | 'dissolved'): Promise<ClubSummary[]>;
}

export interface LoadedClub {
  readonly clubId: string;
  readonly state: ClubState;
  /** The stream's version (0 for none). */
  readonly version: number;
}

/** The club streams as the handlers use them. */
@Injectable()
export class ClubWorkspace {
  constructor(
    readonly store: EventStore,
    readonly commands: ClubCommands,
  ) {}

  async load(clubId: string): Promise<LoadedClub> {
    const stored = await this.store.readStream(clubStreamId(clubId));
    const events = stored as unknown as readonly ClubEvent[];
    const state = foldEvents(this.commands.handler.decider, events);
    return { clubId, state, version: stored.at(-1)?.version ?? 0 };
  }

  handle(clubId: string, command: ClubCommand, actor: Actor): Promise<CommandOutcome<ClubEvent>> {
    return this.commands.handler.handle(envelope(clubStreamId(clubId), command, actor));
  }
}

export function requireClub(loaded: LoadedClub): ClubRecord {
  if (loaded.state.status === 'none') throw new ClubNotFoundError(loaded.clubId);
  return loaded.state;
}

/** The club's unit and its ancestors: the scope that acts on the club. */
export function clubPath(club: ClubRecord): readonly string[] {
  return [...club.ancestorIds, club.unitId];
}

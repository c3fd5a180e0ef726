import { Injectable } from '@nestjs/common';
import {
  MemberNotFoundError,
  type MemberCommand,
  type MemberEvent,
  type MemberRecord,
  type MemberState,
} from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import { foldEvents } from '@vwu/platform-decider';
import {
  EventStore,
  envelope,
  type CommandOutcome,
  type WantedReservation,
} from '@vwu/platform-event-sourcing';
import { NationalIdTakenError } from './access';
import { BlindIndex, PersonalDataVault } from '@vwu/platform-personal-data';
import { nationalIdReservation, type PersonalFields } from './personal-fields';
import { MemberCommands, MemberReservations } from './ports';

/** A member's stream as a handler reads it: her state, and her latest sealed personal data. */
export interface LoadedMember {
  readonly memberId: string;
  readonly state: MemberState;
  readonly sealed: string | undefined;
  /** The stream's version (0 for none): what a read can wait for. */
  readonly version: number;
}

/** The member streams and the reservations, as the handlers of member commands use them. */
@Injectable()
export class MemberWorkspace {
  constructor(
    readonly store: EventStore,
    readonly commands: MemberCommands,
    readonly reservations: MemberReservations,
  ) {}

  async load(memberId: string): Promise<LoadedMember> {
    const stored = await this.store.readStream(memberId);
    const events = stored as unknown as readonly MemberEvent[];
    const state = foldEvents(this.commands.handler.decider, events);
    const sealed = events.flatMap((e) => ('personal' in e.data ? [e.data.personal] : [])).at(-1);
    return { memberId, state, sealed, version: stored.at(-1)?.version ?? 0 };
  }

  /** Her national ID number's reservation as a command wants it (409 while another holds it). */
  nationalIdWanted(reservation: string): WantedReservation {
    return {
      id: reservation,
      // An unconfirmed reservation is the owner's only if her stream says she is active.
      ownerHolds: async (owner) => (await this.load(owner)).state.status === 'active',
      taken: () => new NationalIdTakenError(),
    };
  }

  handle(
    memberId: string,
    command: MemberCommand,
    actor: Actor,
  ): Promise<CommandOutcome<MemberEvent>> {
    return this.commands.handler.handle(envelope(memberId, command, actor));
  }
}

export function requireMember(loaded: LoadedMember): MemberRecord {
  if (loaded.state.status === 'not-admitted') throw new MemberNotFoundError(loaded.memberId);
  return loaded.state;
}

/** Her personal fields: sealed under her own key, and the token of her national ID number. */
@Injectable()
export class MemberPersonalData {
  constructor(
    readonly vault: PersonalDataVault,
    readonly index: BlindIndex,
  ) {}

  reservationFor(nationalId: string): string {
    return nationalIdReservation(this.index, nationalId);
  }

  /** Her national ID number's reservation, read from her sealed data; none once erased. */
  async reservationOf(member: LoadedMember): Promise<string | undefined> {
    if (member.sealed === undefined) return undefined;
    const personal = await this.vault.open<PersonalFields>(member.memberId, member.sealed);
    return personal && this.reservationFor(personal.nationalId);
  }
}

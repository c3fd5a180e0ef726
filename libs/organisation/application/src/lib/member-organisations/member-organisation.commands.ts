import type {
  MemberOrganisationCommand,
  MemberOrganisationEvent,
  MemberOrganisationState,
} from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import type { CommandHandler } from '@vwu/platform-event-sourcing';

/** The generic command handler bound to the member organisation decider. */
export abstract class MemberOrganisationCommands {
  abstract readonly handler: CommandHandler<
    MemberOrganisationCommand,
    MemberOrganisationEvent,
    MemberOrganisationState
  >;
}

export interface JoinMemberOrganisationInput {
  /** The union of this deployment (its root unit), from configuration. */
  readonly unionId: string;
  readonly name: string;
  /** YYYY-MM-DD. */
  readonly joinedOn: string;
}

/** Gia nhập: an association joins the union of this deployment (its root). */
export class JoinMemberOrganisationCommand {
  constructor(
    readonly input: JoinMemberOrganisationInput,
    readonly actor: Actor,
    /** A client-chosen id makes a retried join harmless; otherwise a new UUID. */
    readonly organisationId?: string,
  ) {}
}

export interface LeaveMemberOrganisationInput {
  readonly unionId: string;
  readonly leftOn: string;
  readonly reason: string;
}

export class LeaveMemberOrganisationCommand {
  constructor(
    readonly organisationId: string,
    readonly input: LeaveMemberOrganisationInput,
    readonly actor: Actor,
  ) {}
}

import type { Actor } from '@vwu/platform-auth';

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

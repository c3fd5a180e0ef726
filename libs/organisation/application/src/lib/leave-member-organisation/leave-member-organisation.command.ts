import type { Actor } from '@vwu/platform-auth';

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

import type {
  MemberOrganisationCommand,
  MemberOrganisationEvent,
  MemberOrganisationState,
} from '@vwu/organisation-domain';
import type { CommandHandler } from '@vwu/platform-event-sourcing';

/** The generic command handler bound to the member organisation decider. */
export abstract class MemberOrganisationCommands {
  abstract readonly handler: CommandHandler<
    MemberOrganisationCommand,
    MemberOrganisationEvent,
    MemberOrganisationState
  >;
}

import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { requireRootScope } from '../member-organisations/member-organisation-access';
import { MemberOrganisationCommands } from '../member-organisations/member-organisation-commands';
import type { UnitCommandResult } from '../ports';
import { envelope } from '../reserved';
import { LeaveMemberOrganisationCommand } from './leave-member-organisation.command';

@CommandHandler(LeaveMemberOrganisationCommand)
export class LeaveMemberOrganisationHandler implements ICommandHandler<
  LeaveMemberOrganisationCommand,
  UnitCommandResult
> {
  constructor(private readonly commands: MemberOrganisationCommands) {}

  async execute({
    organisationId,
    input,
    actor,
  }: LeaveMemberOrganisationCommand): Promise<UnitCommandResult> {
    requireRootScope(actor, input.unionId);
    const { leftOn, reason } = input;
    const outcome = await this.commands.handler.handle(
      envelope(
        organisationId,
        { type: 'LeaveMemberOrganisation', organisationId, leftOn, reason },
        actor,
      ),
    );
    return { id: organisationId, version: outcome.version };
  }
}

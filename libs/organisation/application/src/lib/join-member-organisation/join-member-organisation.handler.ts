import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { normaliseUnitName, siblingNameKey } from '@vwu/organisation-domain';
import { EventStore } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { NameTakenError } from '../access';
import { requireRootScope } from '../member-organisations/member-organisation-access';
import { MemberOrganisationCommands } from '../member-organisations/member-organisation-commands';
import { Reservations, type UnitCommandResult } from '../ports';
import { envelope, withReservations } from '../reserved';
import { JoinMemberOrganisationCommand } from './join-member-organisation.command';

@CommandHandler(JoinMemberOrganisationCommand)
export class JoinMemberOrganisationHandler implements ICommandHandler<
  JoinMemberOrganisationCommand,
  UnitCommandResult
> {
  constructor(
    private readonly commands: MemberOrganisationCommands,
    private readonly reservations: Reservations,
    private readonly store: EventStore,
  ) {}

  async execute(command: JoinMemberOrganisationCommand): Promise<UnitCommandResult> {
    const { input, actor, organisationId = randomUUID() } = command;
    requireRootScope(actor, input.unionId);
    const wanted = {
      id: `member-organisation-name:${siblingNameKey(normaliseUnitName(input.name))}`,
      ownerHolds: async (owner: string) => (await this.store.readStream(owner)).length > 0,
      taken: () =>
        new NameTakenError(
          'đã có tổ chức thành viên mang tên này — a member organisation has this name already',
        ),
    };
    const outcome = await withReservations(this.reservations, [wanted], organisationId, () =>
      this.commands.handler.handle(
        envelope(
          organisationId,
          { type: 'JoinMemberOrganisation', organisationId, ...input },
          actor,
        ),
      ),
    );
    return { id: organisationId, version: outcome.version };
  }
}

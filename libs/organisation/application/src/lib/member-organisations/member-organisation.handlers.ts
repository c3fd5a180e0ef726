import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { normaliseUnitName, siblingNameKey } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { EventStore } from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import { authorise, NameTakenError } from '../access';
import { Reservations, type UnitCommandResult } from '../ports';
import { envelope, withReservations } from '../reserved';
import {
  JoinMemberOrganisationCommand,
  LeaveMemberOrganisationCommand,
  MemberOrganisationCommands,
} from './member-organisation.commands';

/** Member organisations belong to the root union: only an actor scoped to the root acts. */
function requireRootScope(actor: Actor, unionId: string): void {
  authorise(actor, 'units:write', [unionId]);
}

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

import { randomUUID } from 'node:crypto';
import { lastCommit } from '@vwu/platform-testing';
import { JoinMemberOrganisationCommand } from '../join-member-organisation/join-member-organisation.command';
import { JoinMemberOrganisationHandler } from '../join-member-organisation/join-member-organisation.handler';
import { admin, CITY, cityUnderTest, manager } from '../testing/units-under-test';
import { LeaveMemberOrganisationCommand } from './leave-member-organisation.command';
import { LeaveMemberOrganisationHandler } from './leave-member-organisation.handler';

async function setup() {
  const t = await cityUnderTest();
  const id = randomUUID();
  await new JoinMemberOrganisationHandler(t.organisations, t.reservations, t.store).execute(
    new JoinMemberOrganisationCommand(
      { unionId: CITY, name: 'Hội Nữ doanh nhân', joinedOn: '2024-03-08' },
      admin,
      id,
    ),
  );
  const handler = new LeaveMemberOrganisationHandler(t.organisations);
  const leave = (organisationId = id, actor = admin) =>
    handler.execute(
      new LeaveMemberOrganisationCommand(
        organisationId,
        { unionId: CITY, leftOn: '2025-03-08', reason: 'Giải thể' },
        actor,
      ),
    );
  return { ...t, id, leave };
}

describe('a member organisation leaving the union', () => {
  it('appends its leaving once; a repeat changes nothing', async () => {
    const t = await setup();
    expect(await t.leave()).toEqual({ id: t.id, version: 2 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.id,
      events: [
        {
          type: 'MemberOrganisationLeft',
          data: { organisationId: t.id, leftOn: '2025-03-08', reason: 'Giải thể' },
        },
      ],
    });
    expect(await t.leave()).toEqual({ id: t.id, version: 2 });
    expect(await t.store.readStream(t.id)).toHaveLength(2);
  });

  it('refuses a scope below the root, and an organisation that never joined', async () => {
    const t = await setup();
    await expect(t.leave(t.id, manager(t.kimMa))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await expect(t.leave(randomUUID())).rejects.toMatchObject({
      code: 'organisation.member-organisation-not-found',
    });
    expect(await t.store.readStream(t.id)).toHaveLength(1);
  });
});

import { randomUUID } from 'node:crypto';
import { lastCommit } from '@vwu/platform-testing';
import { admin, CITY, cityUnderTest, manager } from '../testing/units-under-test';
import { JoinMemberOrganisationCommand } from './join-member-organisation.command';
import { JoinMemberOrganisationHandler } from './join-member-organisation.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new JoinMemberOrganisationHandler(t.organisations, t.reservations, t.store);
  const join = (name: string, actor = admin, id = randomUUID()) =>
    handler.execute(
      new JoinMemberOrganisationCommand({ unionId: CITY, name, joinedOn: '2025-03-08' }, actor, id),
    );
  return { ...t, join };
}

describe('a member organisation joining the union', () => {
  it('appends its joining to its own stream, by the root’s scope', async () => {
    const t = await setup();
    const id = randomUUID();
    expect(await t.join('Hội Nữ doanh nhân Hà Nội', admin, id)).toEqual({ id, version: 1 });
    expect(lastCommit(t.store)).toEqual({
      streamId: id,
      events: [
        {
          type: 'MemberOrganisationJoined',
          data: {
            organisationId: id,
            name: 'Hội Nữ doanh nhân Hà Nội',
            unionId: CITY,
            joinedOn: '2025-03-08',
          },
        },
      ],
      actor: 'u-1',
      correlationId: 'req-1',
    });
  });

  it('refuses a scope below the root, and a name another member organisation has', async () => {
    const t = await setup();
    const before = t.store.allCommits().length;
    await expect(t.join('Hội Nữ trí thức', manager(t.kimMa))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await t.join('Hội Nữ trí thức');
    await expect(t.join('  hội nữ TRÍ thức ')).rejects.toMatchObject({
      code: 'organisation.name-taken',
    });
    expect(t.store.allCommits()).toHaveLength(before + 1);
  });
});

import { randomUUID } from 'node:crypto';
import { GetCadreQuery } from '../get-cadre/get-cadre.query';
import {
  appointed,
  CITY,
  cadresUnderTest,
  officer,
  OTHER_WARD,
  registered,
  WARD,
} from '../testing/cadres-under-test';
import { RotateCadreCommand } from './rotate-cadre.command';

describe('rotating a cadre (luân chuyển)', () => {
  it('ends the old post, starts the new one, moves her record and the chairwoman seats', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    const from = await appointed(t, lan, 'chairwoman');
    const postId = randomUUID();
    const input = {
      fromPostId: from,
      unitId: OTHER_WARD,
      position: 'chairwoman',
      rotatedOn: '2025-07-01',
    };
    await t.rotate.execute(new RotateCadreCommand(lan, input, officer(CITY), postId));
    const view = await t.get.execute(new GetCadreQuery(lan, officer(CITY)));
    expect(view).toMatchObject({
      unitId: OTHER_WARD,
      posts: [
        { postId: from, unitId: WARD, endedOn: '2025-07-01' },
        { postId, unitId: OTHER_WARD, position: 'chairwoman', endedOn: null },
      ],
    });
    expect(await t.reservations.holder(`seat:chairwoman:${WARD}`)).toBeUndefined();
    expect(await t.reservations.holder(`seat:chairwoman:${OTHER_WARD}`)).toBe(lan);
  });

  it('is refused to a unit out of the actor’s scope, leaving both posts as they were', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    const from = await appointed(t, lan, 'chairwoman');
    const input = {
      fromPostId: from,
      unitId: OTHER_WARD,
      position: 'chairwoman',
      rotatedOn: '2025-07-01',
    };
    await expect(
      t.rotate.execute(new RotateCadreCommand(lan, input, officer(WARD), randomUUID())),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    expect(await t.reservations.holder(`seat:chairwoman:${WARD}`)).toBe(lan);
  });
});

import { randomUUID } from 'node:crypto';
import {
  appointed,
  BRANCH,
  CITY,
  cadresUnderTest,
  officer,
  OTHER_WARD,
  registered,
  WARD,
} from '../testing/cadres-under-test';
import { EndCadrePostCommand } from '../end-cadre-post/end-cadre-post.command';
import { AppointCadreCommand } from './appoint-cadre.command';

const chair = (unitId = WARD) => ({ unitId, position: 'chairwoman', appointedOn: '2024-03-01' });

describe('appointing a cadre, one chairwoman per unit at a time', () => {
  it('refuses a second chairwoman while the first holds the seat, and takes her once it is free', async () => {
    const t = cadresUnderTest();
    const [lan, hoa] = [await registered(t), await registered(t)];
    const post = await appointed(t, lan, 'chairwoman');
    await expect(
      t.appoint.execute(new AppointCadreCommand(hoa, chair(), officer(CITY), randomUUID())),
    ).rejects.toMatchObject({ code: 'training.seat-taken', kind: 'conflict' });
    // Vice-chairs are many.
    await appointed(t, hoa, 'vice-chair');
    await t.endPost.execute(
      new EndCadrePostCommand(
        lan,
        post,
        { endedOn: '2024-06-30', reason: 'term-ended' },
        officer(CITY),
      ),
    );
    const hers = randomUUID();
    expect(
      await t.appoint.execute(new AppointCadreCommand(hoa, chair(), officer(CITY), hers)),
    ).toMatchObject({
      postId: hers,
    });
  });

  it('frees a seat whose holder left it, when a crash kept the reservation', async () => {
    const t = cadresUnderTest();
    const [lan, hoa] = [await registered(t), await registered(t)];
    const post = await appointed(t, lan, 'chairwoman');
    // Her post ended, but the service died before the release: the reservation is still hers.
    const end = {
      type: 'EndCadrePost',
      cadreId: lan,
      postId: post,
      endedOn: '2024-06-30',
    } as const;
    await t.cadres.handle(lan, { ...end, reason: 'resigned', today: '2024-07-01' }, officer(CITY));
    expect(await t.reservations.holder(`seat:chairwoman:${WARD}`)).toBe(lan);
    await appointed(t, hoa, 'chairwoman');
    expect(await t.reservations.holder(`seat:chairwoman:${WARD}`)).toBe(hoa);
  });

  it('needs the scope of her record and of the post’s unit, and a position the unit has', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    await expect(
      t.appoint.execute(
        new AppointCadreCommand(lan, chair(OTHER_WARD), officer(WARD), randomUUID()),
      ),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await expect(
      t.appoint.execute(new AppointCadreCommand(lan, chair(), officer(OTHER_WARD), randomUUID())),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    await expect(
      t.appoint.execute(new AppointCadreCommand(lan, chair(BRANCH), officer(CITY), randomUUID())),
    ).rejects.toMatchObject({ code: 'training.position-not-at-unit-kind' });
    // A refused appointment leaves the seat free.
    expect(await t.reservations.holder(`seat:chairwoman:${BRANCH}`)).toBeUndefined();
  });
});

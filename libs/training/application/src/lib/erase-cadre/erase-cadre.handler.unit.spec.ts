import { EndCadrePostCommand } from '../end-cadre-post/end-cadre-post.command';
import { GetCadreQuery } from '../get-cadre/get-cadre.query';
import {
  appointed,
  CITY,
  cadresUnderTest,
  officer,
  registered,
  WARD,
} from '../testing/cadres-under-test';
import { EraseCadreCommand } from './erase-cadre.command';

describe('erasing a cadre’s personal data', () => {
  it('is refused while she holds a post; then shreds her key, and her record reads null', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    const post = await appointed(t, lan, 'vice-chair');
    await expect(
      t.erase.execute(new EraseCadreCommand(lan, '2025-01-01', officer(CITY))),
    ).rejects.toMatchObject({ code: 'training.cadre-holds-posts', kind: 'conflict' });
    expect((await t.keys.get(lan))?.state).toBe('active');
    await t.endPost.execute(
      new EndCadrePostCommand(
        lan,
        post,
        { endedOn: '2024-12-31', reason: 'retired' },
        officer(CITY),
      ),
    );
    await t.erase.execute(new EraseCadreCommand(lan, '2025-01-01', officer(CITY)));
    expect((await t.keys.get(lan))?.state).not.toBe('active');
    expect(await t.get.execute(new GetCadreQuery(lan, officer(CITY)))).toMatchObject({
      erased: true,
      personal: null,
      birthYear: 1986,
    });
  });

  it('needs the personal-data permission in her scope', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    await expect(
      t.erase.execute(new EraseCadreCommand(lan, '2025-01-01', officer(WARD, ['viewer']))),
    ).rejects.toMatchObject({ statusCode: 403 });
  });
});

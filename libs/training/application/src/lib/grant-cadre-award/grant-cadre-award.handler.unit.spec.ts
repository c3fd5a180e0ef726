import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import {
  cadresUnderTest,
  officer,
  OTHER_WARD,
  registered,
  WARD,
} from '../testing/cadres-under-test';
import { GrantCadreAwardCommand } from './grant-cadre-award.command';
import { GrantCadreAwardHandler } from './grant-cadre-award.handler';

const AWARD = { award: 'nguyen-thi-dinh-prize', year: 2024 };

describe('Khen thưởng cán bộ — an award of a cadre for a year', () => {
  it('appends CadreAwarded in the cadre’s scope only', async () => {
    const t = cadresUnderTest();
    const handler = new GrantCadreAwardHandler(t.cadres);
    const id = await registered(t, WARD, []);
    await expect(
      handler.execute(new GrantCadreAwardCommand(id, AWARD, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await handler.execute(new GrantCadreAwardCommand(id, AWARD, officer(WARD)))).toEqual({
      id: id,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `cadre-${id}`,
      events: [{ type: 'CadreAwarded', data: { cadreId: id, ...AWARD, unitId: WARD } }],
    });
  });

  it('refuses a cadre that is not there', async () => {
    const t = cadresUnderTest();
    const handler = new GrantCadreAwardHandler(t.cadres);
    await expect(
      handler.execute(new GrantCadreAwardCommand(randomUUID(), AWARD, officer(WARD))),
    ).rejects.toMatchObject({ code: 'training.cadre-not-found' });
  });
});

import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import { GetCadreQuery } from '../get-cadre/get-cadre.query';
import {
  BRANCH,
  CITY,
  cadresUnderTest,
  officer,
  OTHER_WARD,
  registered,
  WARD,
} from '../testing/cadres-under-test';
import { PlanCadreSuccessionCommand } from './plan-cadre-succession.command';
import { PlanCadreSuccessionHandler } from './plan-cadre-succession.handler';

const PLAN = { unitId: WARD, position: 'chairwoman', term: '2026-2031' };

describe('Quy hoạch cán bộ — a plan for a position at a unit for a term', () => {
  it('appends CadreSuccessionPlanned in the scope of her record and of the unit, once', async () => {
    const t = cadresUnderTest();
    const handler = new PlanCadreSuccessionHandler(t.cadres, t.units, t.catalogue);
    const id = await registered(t, WARD, []);
    await expect(
      handler.execute(new PlanCadreSuccessionCommand(id, PLAN, officer(OTHER_WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    const elsewhere = { ...PLAN, unitId: OTHER_WARD };
    await expect(
      handler.execute(new PlanCadreSuccessionCommand(id, elsewhere, officer(WARD))),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    expect(await handler.execute(new PlanCadreSuccessionCommand(id, PLAN, officer(WARD)))).toEqual({
      id,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: `cadre-${id}`,
      events: [
        {
          type: 'CadreSuccessionPlanned',
          data: { cadreId: id, ...PLAN, ancestorIds: [CITY] },
        },
      ],
    });
    await handler.execute(new PlanCadreSuccessionCommand(id, PLAN, officer(WARD)));
    expect(await t.get.execute(new GetCadreQuery(id, officer(WARD)))).toMatchObject({
      version: 2,
      plans: [PLAN],
    });
  });

  it('refuses a position the unit’s kind lacks, a term that is not five years, a cadre not there', async () => {
    const t = cadresUnderTest();
    const handler = new PlanCadreSuccessionHandler(t.cadres, t.units, t.catalogue);
    const id = await registered(t, WARD, []);
    const plan = (changes: object) =>
      handler.execute(new PlanCadreSuccessionCommand(id, { ...PLAN, ...changes }, officer(CITY)));
    await expect(plan({ unitId: BRANCH })).rejects.toMatchObject({
      code: 'training.position-not-at-unit-kind',
    });
    await expect(plan({ term: '2026-2030' })).rejects.toMatchObject({
      code: 'training.cadre-invalid',
    });
    await expect(
      handler.execute(new PlanCadreSuccessionCommand(randomUUID(), PLAN, officer(WARD))),
    ).rejects.toMatchObject({ code: 'training.cadre-not-found' });
  });
});

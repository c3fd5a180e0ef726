import { lastCommit } from '@vwu/platform-testing';
import { cityUnderTest, manager } from '../testing/units-under-test';
import { RecordUnitFactCommand, type UnitFactInput } from './record-unit-fact.command';
import { RecordUnitFactHandler } from './record-unit-fact.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new RecordUnitFactHandler(t.units);
  const record = (unitId: string, input: UnitFactInput, scope: string) =>
    handler.execute(new RecordUnitFactCommand(unitId, input, manager(scope)));
  return { ...t, record };
}

const population = { type: 'RecordWomenPopulation', asOf: '2025-01-01', women: 120 } as const;
const rating = { type: 'RateUnit', year: 2024, grade: 'good' } as const;

describe('recording a fact about a unit', () => {
  it('appends the population and the rating of a unit in scope, returning the version', async () => {
    const t = await setup();
    expect(await t.record(t.branch1, population, t.branch1)).toEqual({
      id: t.branch1,
      version: 2,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.branch1,
      events: [
        {
          type: 'WomenPopulationRecorded',
          data: { unitId: t.branch1, asOf: '2025-01-01', women: 120 },
        },
      ],
    });
    await t.record(t.branch1, rating, t.kimMa);
    // The same rating again changes nothing; another grade for the year is a correction.
    expect(await t.record(t.branch1, rating, t.kimMa)).toEqual({ id: t.branch1, version: 3 });
    await expect(t.record(t.branch1, { ...rating, grade: 'fair' }, t.kimMa)).rejects.toMatchObject({
      code: 'organisation.rating-exists',
    });
    const correction = {
      type: 'CorrectRating',
      year: 2024,
      grade: 'fair',
      reason: 'Sai sót',
    } as const;
    expect(await t.record(t.branch1, correction, t.kimMa)).toEqual({ id: t.branch1, version: 4 });
    expect(lastCommit(t.store).events).toEqual([
      {
        type: 'UnitRatingCorrected',
        data: {
          unitId: t.branch1,
          year: 2024,
          grade: 'fair',
          previousGrade: 'good',
          reason: 'Sai sót',
        },
      },
    ]);
  });

  it('takes an inspection from the scope of the inspecting unit only', async () => {
    const t = await setup();
    const inspection = {
      type: 'RecordInspection',
      inspectionId: 'kt-2025-01',
      inspectedOn: '2025-03-01',
      inspectorUnitId: t.kimMa,
      findings: 'Sinh hoạt đều đặn',
      passed: true,
    } as const;
    await expect(t.record(t.branch1, inspection, t.branch1)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    expect(await t.record(t.branch1, inspection, t.kimMa)).toEqual({ id: t.branch1, version: 2 });
    const { type: _type, ...data } = inspection;
    expect(lastCommit(t.store).events).toEqual([
      { type: 'UnitInspected', data: { unitId: t.branch1, ...data } },
    ]);
  });

  it('refuses a scope without the unit, and a record its kind does not keep', async () => {
    const t = await setup();
    await expect(t.record(t.branch1, population, t.lang)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await expect(t.record(t.group1, population, t.kimMa)).rejects.toMatchObject({
      code: 'organisation.record-not-kept',
    });
    expect(await t.store.readStream(t.branch1)).toHaveLength(1);
    expect(await t.store.readStream(t.group1)).toHaveLength(1);
  });
});

import { lastCommit } from '@vwu/platform-testing';
import { cityUnderTest, manager } from '../testing/units-under-test';
import { DissolveUnitCommand } from './dissolve-unit.command';
import { DissolveUnitHandler } from './dissolve-unit.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new DissolveUnitHandler(t.closer);
  const dissolve = (unitId: string, successorId: string | null, scope: string) =>
    handler.execute(
      new DissolveUnitCommand(unitId, { successorId, dissolvedOn: '2025-03-01' }, manager(scope)),
    );
  return { ...t, dissolve };
}

describe('dissolving a unit', () => {
  it('appends the dissolution of an empty unit, with no successor, freeing its name', async () => {
    const t = await setup();
    expect(await t.dissolve(t.langBranch, null, t.lang)).toEqual({
      id: t.langBranch,
      version: 2,
      moved: 0,
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.langBranch,
      events: [
        {
          type: 'UnitDissolved',
          data: { unitId: t.langBranch, successorId: null, dissolvedOn: '2025-03-01' },
        },
      ],
    });
    expect(await t.units.nameHolder(t.lang, 'Chi hội 1')).toBeUndefined();
  });

  it('moves the children of a dissolved unit to its successor', async () => {
    const t = await setup();
    expect(await t.dissolve(t.branch2, t.branch1, t.kimMa)).toMatchObject({ moved: 1 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.group2,
      events: [{ type: 'UnitMoved', data: { parentId: t.branch1, reason: 'parent-dissolved' } }],
    });
  });

  it('refuses a unit with children and no successor, and a scope below the level above', async () => {
    const t = await setup();
    await expect(t.dissolve(t.branch2, null, t.kimMa)).rejects.toMatchObject({
      code: 'organisation.unit-not-empty',
    });
    await expect(t.dissolve(t.langBranch, null, t.kimMa)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    expect(await t.store.readStream(t.branch2)).toHaveLength(1);
    expect(await t.store.readStream(t.langBranch)).toHaveLength(1);
  });
});

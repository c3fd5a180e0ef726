import { lastCommit } from '@vwu/platform-testing';
import { CITY, cityUnderTest, manager } from '../testing/units-under-test';
import { MergeUnitCommand } from './merge-unit.command';
import { MergeUnitHandler } from './merge-unit.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new MergeUnitHandler(t.closer);
  const merge = (unitId: string, successorId: string, scope: string) =>
    handler.execute(
      new MergeUnitCommand(unitId, { successorId, mergedOn: '2025-03-01' }, manager(scope)),
    );
  return { ...t, merge };
}

describe('merging a unit into a successor', () => {
  it('appends the merger, then moves its children to the successor, and says how many', async () => {
    const t = await setup();
    expect(await t.merge(t.branch2, t.branch1, t.kimMa)).toEqual({
      id: t.branch2,
      version: 2,
      moved: 1,
    });
    expect((await t.store.readStream(t.branch2)).at(-1)).toMatchObject({
      type: 'UnitsMerged',
      data: { unitId: t.branch2, successorId: t.branch1, mergedOn: '2025-03-01' },
    });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.group2,
      events: [
        {
          type: 'UnitMoved',
          data: {
            unitId: t.group2,
            previousParentId: t.branch2,
            parentId: t.branch1,
            ancestorIds: [CITY, t.district, t.kimMa, t.branch1],
            reason: 'parent-merged',
          },
        },
      ],
    });
    expect(t.pending.pending.size).toBe(0);
  });

  it('is an act of the level above: refused to the unit’s own scope and to another ward’s', async () => {
    const t = await setup();
    for (const scope of [t.branch2, t.lang])
      await expect(t.merge(t.branch2, t.branch1, scope)).rejects.toMatchObject({
        code: 'auth.out-of-scope',
        statusCode: 403,
      });
    await expect(t.merge(t.branch2, t.group1, t.kimMa)).rejects.toMatchObject({
      code: 'organisation.merge-kind-mismatch',
    });
    expect(await t.store.readStream(t.branch2)).toHaveLength(1);
    expect(await t.store.readStream(t.group2)).toHaveLength(1);
  });
});

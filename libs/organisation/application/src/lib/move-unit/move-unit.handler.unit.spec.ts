import { randomUUID } from 'node:crypto';
import { lastCommit } from '@vwu/platform-testing';
import { CITY, cityUnderTest, manager } from '../testing/units-under-test';
import { MoveUnitCommand } from './move-unit.command';
import { MoveUnitHandler } from './move-unit.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new MoveUnitHandler(t.units);
  const move = (unitId: string, parentId: string, scope: string) =>
    handler.execute(
      new MoveUnitCommand(unitId, { parentId, movedOn: '2025-03-01' }, manager(scope)),
    );
  return { ...t, move };
}

describe('moving a unit under another parent', () => {
  it('appends its move to the new parent’s place, and takes its name there', async () => {
    const t = await setup();
    expect(await t.move(t.branch2, t.lang, t.district)).toEqual({ id: t.branch2, version: 2 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.branch2,
      events: [
        {
          type: 'UnitMoved',
          data: {
            unitId: t.branch2,
            previousParentId: t.kimMa,
            parentId: t.lang,
            ancestorIds: [CITY, t.district, t.lang],
            movedOn: '2025-03-01',
            reason: 'moved',
          },
        },
      ],
      actor: 'u-1',
    });
    expect(await t.units.nameHolder(t.lang, 'Chi hội 2')).toBe(t.branch2);
    expect(await t.units.nameHolder(t.kimMa, 'Chi hội 2')).toBeUndefined();
  });

  it('needs the scope over the old parent and over the new one', async () => {
    const t = await setup();
    await expect(t.move(t.branch2, t.lang, t.kimMa)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    await expect(t.move(t.branch2, t.lang, t.lang)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    expect(await t.store.readStream(t.branch2)).toHaveLength(1);
  });

  it('refuses a name taken under the new parent, a parent not there, and a unit not there', async () => {
    const t = await setup();
    await expect(t.move(t.branch1, t.lang, t.district)).rejects.toMatchObject({
      code: 'organisation.name-taken',
    });
    await expect(t.move(t.branch1, randomUUID(), t.district)).rejects.toMatchObject({
      code: 'organisation.parent-not-found',
    });
    await expect(t.move(randomUUID(), t.lang, t.district)).rejects.toMatchObject({
      code: 'organisation.unit-not-found',
    });
    expect(await t.store.readStream(t.branch1)).toHaveLength(1);
  });
});

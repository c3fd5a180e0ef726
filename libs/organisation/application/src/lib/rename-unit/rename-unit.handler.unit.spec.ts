import { randomUUID } from 'node:crypto';
import { lastCommit } from '@vwu/platform-testing';
import { cityUnderTest, manager } from '../testing/units-under-test';
import { RenameUnitCommand } from './rename-unit.command';
import { RenameUnitHandler } from './rename-unit.handler';

async function setup() {
  const t = await cityUnderTest();
  const handler = new RenameUnitHandler(t.store, t.commands, t.reservations);
  const rename = (unitId: string, name: string, scope = t.kimMa) =>
    handler.execute(
      new RenameUnitCommand(unitId, { name, renamedOn: '2025-08-01' }, manager(scope)),
    );
  return { ...t, rename };
}

describe('renaming a unit', () => {
  it('appends its new name with the one it had, and returns the version', async () => {
    const t = await setup();
    expect(await t.rename(t.branch1, 'Chi hội An Bình')).toEqual({ id: t.branch1, version: 2 });
    expect(lastCommit(t.store)).toMatchObject({
      streamId: t.branch1,
      events: [
        {
          type: 'UnitRenamed',
          data: {
            unitId: t.branch1,
            name: 'Chi hội An Bình',
            previousName: 'Chi hội 1',
            renamedOn: '2025-08-01',
          },
        },
      ],
      actor: 'u-1',
    });
  });

  it('renames within scope, freeing the old name and taking the new one', async () => {
    const t = await setup();
    await expect(t.rename(t.branch1, 'chi hội 2')).rejects.toMatchObject({
      code: 'organisation.name-taken',
    });
    await t.rename(t.branch1, 'Chi hội An Bình');
    await expect(t.add('Chi hội 1', 'branch', t.kimMa)).resolves.toEqual(expect.any(String));
    await expect(t.add('Chi hội An Bình', 'branch', t.kimMa)).rejects.toMatchObject({
      code: 'organisation.name-taken',
    });
    await expect(t.rename(randomUUID(), 'X')).rejects.toMatchObject({
      code: 'organisation.unit-not-found',
    });
  });

  it('refuses a scope outside the unit’s, appending nothing', async () => {
    const t = await setup();
    await expect(t.rename(t.branch1, 'Chi hội An Bình', t.lang)).rejects.toMatchObject({
      code: 'auth.out-of-scope',
      statusCode: 403,
    });
    expect(await t.store.readStream(t.branch1)).toHaveLength(1);
    expect(await t.units.nameHolder(t.kimMa, 'Chi hội An Bình')).toBeUndefined();
  });
});

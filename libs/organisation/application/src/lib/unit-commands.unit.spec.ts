import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler, InMemoryEventStore } from '@vwu/platform-event-sourcing';
import {
  EstablishUnitCommand,
  type EstablishUnitInput,
} from './establish-unit/establish-unit.command';
import { EstablishUnitHandler } from './establish-unit/establish-unit.handler';
import { type UnitCommands } from './ports';
import { RenameUnitCommand } from './rename-unit/rename-unit.command';
import { RenameUnitHandler } from './rename-unit/rename-unit.handler';
import { MemoryReservations } from '@vwu/platform-event-sourcing';

const ROOT = '00000000-0000-4000-8000-000000000001';
const system: Actor = {
  userId: 'system:bootstrap',
  roles: ['admin'],
  scopeUnitId: ROOT,
  correlationId: 'boot',
};
const manager = (scopeUnitId: string, roles = ['unit-manager']): Actor => ({
  userId: 'u-1',
  roles,
  scopeUnitId,
  correlationId: 'req-1',
});

function setup() {
  const store = new InMemoryEventStore();
  const commands: UnitCommands = {
    handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)),
  };
  const reservations = new MemoryReservations();
  const establishHandler = new EstablishUnitHandler(store, commands, reservations);
  const renameHandler = new RenameUnitHandler(store, commands, reservations);
  const establish = (
    input: Partial<EstablishUnitInput> & { parentId: string | null },
    actor: Actor,
    unitId?: string,
  ) =>
    establishHandler.execute(
      new EstablishUnitCommand(
        { name: 'Chi hội 1', kind: 'branch', establishedOn: '2025-07-01', ...input },
        actor,
        unitId,
      ),
    );
  const rename = (unitId: string, name: string, actor: Actor) =>
    renameHandler.execute(new RenameUnitCommand(unitId, { name, renamedOn: '2025-08-01' }, actor));
  return { store, reservations, establish, rename };
}

async function cityWithWard(t: ReturnType<typeof setup>) {
  await t.establish(
    {
      parentId: null,
      kind: 'province',
      name: 'Hội LHPN Thành phố Hà Nội',
      establishedOn: '1930-10-20',
    },
    system,
    ROOT,
  );
  const ward = await t.establish(
    { parentId: ROOT, kind: 'grassroots', name: 'Hội LHPN phường Kim Mã' },
    system,
  );
  return ward.id;
}

describe('unit commands', () => {
  it('establishes a unit under its parent, in its place in the tree, and returns the version', async () => {
    const t = setup();
    const ward = await cityWithWard(t);
    const branch = await t.establish(
      { parentId: ward, name: 'Chi hội tổ dân phố 5' },
      manager(ROOT),
    );
    expect(branch).toEqual({ id: expect.any(String) as unknown, version: 1 });
    const [event] = await t.store.readStream(branch.id);
    expect(event).toMatchObject({
      type: 'UnitEstablished',
      data: { parentId: ward, ancestorIds: [ROOT, ward], kind: 'branch' },
    });
  });

  it('refuses a second unit of the same name under one parent, whatever its case and spacing', async () => {
    const t = setup();
    const ward = await cityWithWard(t);
    await t.establish({ parentId: ward, name: 'Chi hội 5' }, manager(ward));
    await expect(
      t.establish({ parentId: ward, name: '  chi HỘI   5 ' }, manager(ward)),
    ).rejects.toMatchObject({ code: 'organisation.name-taken' });
    expect(t.store.allCommits()).toHaveLength(3);
  });

  it('refuses a user outside the parent subtree, and a role without write permission', async () => {
    const t = setup();
    const ward = await cityWithWard(t);
    const other = await t.establish(
      { parentId: ROOT, kind: 'grassroots', name: 'Hội LHPN phường Láng Hạ' },
      system,
    );
    const before = t.reservations.held.size;
    await expect(t.establish({ parentId: ward }, manager(other.id))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
    await expect(t.establish({ parentId: ward }, manager(ROOT, ['viewer']))).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
    expect(t.reservations.held.size).toBe(before);
  });

  it('releases the name when the decider refuses, so a correct command can have it', async () => {
    const t = setup();
    const ward = await cityWithWard(t);
    await expect(
      t.establish({ parentId: ward, kind: 'group', name: 'Tổ 1' }, manager(ward)),
    ).rejects.toMatchObject({ code: 'organisation.kind-not-allowed' });
    await expect(
      t.establish({ parentId: crypto.randomUUID(), name: 'Tổ 1' }, manager(ward)),
    ).rejects.toMatchObject({ code: 'organisation.parent-not-found' });
    const branch = await t.establish(
      { parentId: ward, kind: 'branch', name: 'Tổ 1' },
      manager(ward),
    );
    expect(branch.version).toBe(1);
  });

  it('allows one root per deployment', async () => {
    const t = setup();
    await cityWithWard(t);
    const again = t.establish(
      { parentId: null, kind: 'province', name: 'Hội LHPN tỉnh khác' },
      { ...system, scopeUnitId: 'x' },
      'x',
    );
    await expect(again).rejects.toMatchObject({ code: 'organisation.root-exists' });
  });

  it('renames within scope, freeing the old name and taking the new one', async () => {
    const t = setup();
    const ward = await cityWithWard(t);
    const a = await t.establish({ parentId: ward, name: 'Chi hội A' }, manager(ward));
    await t.establish({ parentId: ward, name: 'Chi hội B' }, manager(ward));
    await expect(t.rename(a.id, 'chi hội b', manager(ward))).rejects.toMatchObject({
      code: 'organisation.name-taken',
    });
    expect(await t.rename(a.id, 'Chi hội An Bình', manager(ward))).toEqual({
      id: a.id,
      version: 2,
    });
    await t.establish({ parentId: ward, name: 'Chi hội A' }, manager(ward));
    await expect(t.rename(crypto.randomUUID(), 'X', manager(ward))).rejects.toMatchObject({
      code: 'organisation.unit-not-found',
    });
  });
});

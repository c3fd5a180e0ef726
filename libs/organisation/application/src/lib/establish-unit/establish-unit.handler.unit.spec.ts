import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  InMemoryEventStore,
  MemoryReservations,
} from '@vwu/platform-event-sourcing';
import { lastCommit } from '@vwu/platform-testing';
import { type UnitCommands } from '../ports';
import { EstablishUnitCommand, type EstablishUnitInput } from './establish-unit.command';
import { EstablishUnitHandler } from './establish-unit.handler';

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
  return { store, reservations, establish };
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
    expect(lastCommit(t.store)).toEqual({
      streamId: branch.id,
      events: [
        {
          type: 'UnitEstablished',
          data: {
            unitId: branch.id,
            name: 'Chi hội tổ dân phố 5',
            kind: 'branch',
            parentId: ward,
            ancestorIds: [ROOT, ward],
            establishedOn: '2025-07-01',
          },
        },
      ],
      actor: 'u-1',
      correlationId: 'req-1',
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
      statusCode: 403,
    });
    await expect(t.establish({ parentId: ward }, manager(ROOT, ['viewer']))).rejects.toMatchObject({
      code: 'auth.forbidden',
      statusCode: 403,
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
});

import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  InMemoryEventStore,
  MemoryReservations,
} from '@vwu/platform-event-sourcing';
import { EstablishUnitCommand } from '../establish-unit/establish-unit.command';
import { EstablishUnitHandler } from '../establish-unit/establish-unit.handler';
import type { UnitCommands } from '../ports';
import { UnitWorkspace } from '../unit-workspace';
import { PendingClosures, type PendingClosure } from './pending-closures';
import { UnitCloser, type Closure } from './unit-closer';

const CITY = '00000000-0000-4000-8000-000000000001';
const admin: Actor = {
  userId: 'u-1',
  roles: ['admin'],
  scopeUnitId: CITY,
  correlationId: 'req-1',
};

class MemoryPendingClosures extends PendingClosures {
  readonly pending = new Map<string, PendingClosure>();
  record = (closure: PendingClosure) => {
    this.pending.set(closure.unitId, closure);
    return Promise.resolve();
  };
  done = (unitId: string) => {
    this.pending.delete(unitId);
    return Promise.resolve();
  };
  all = () => Promise.resolve([...this.pending.values()]);
}

/** The city; the wards Kim Mã (branch 1 with group 1, branch 2 with group 2) and Láng (branch 1). */
async function city() {
  const store = new InMemoryEventStore();
  const commands: UnitCommands = {
    handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)),
  };
  const reservations = new MemoryReservations();
  const establish = new EstablishUnitHandler(store, commands, reservations);
  const add = async (name: string, kind: string, parentId: string | null, id?: string) =>
    (
      await establish.execute(
        new EstablishUnitCommand({ name, kind, parentId, establishedOn: '2019-01-01' }, admin, id),
      )
    ).id;
  await add('Hội LHPN Thành phố Hà Nội', 'province', null, CITY);
  const district = await add('Hội LHPN quận Ba Đình', 'district', CITY);
  const kimMa = await add('Hội LHPN phường Kim Mã', 'grassroots', district);
  const lang = await add('Hội LHPN phường Láng', 'grassroots', district);
  const branch1 = await add('Chi hội 1', 'branch', kimMa);
  const group1 = await add('Tổ phụ nữ 1', 'group', branch1);
  const branch2 = await add('Chi hội 2', 'branch', kimMa);
  const group2 = await add('Tổ phụ nữ 2', 'group', branch2);
  await add('Chi hội 1', 'branch', lang);
  const pending = new MemoryPendingClosures();
  const closer = new UnitCloser(new UnitWorkspace(store, commands, reservations), pending);
  return { store, closer, pending, kimMa, lang, branch1, group1, group2 };
}

describe('UnitCloser', () => {
  it('refuses a branch merged into its own group for its kind, not for a cycle', async () => {
    const t = await city();
    const merge: Closure = {
      unitId: t.branch1,
      reason: 'merged',
      successorId: t.group1,
      on: '2025-07-01',
    };
    await expect(t.closer.close(merge, admin)).rejects.toMatchObject({
      code: 'organisation.merge-kind-mismatch',
      kind: 'invalid',
    });
    expect(t.pending.pending.size).toBe(0);
  });

  it('refuses a branch merged into another branch’s group for its kind, before its children', async () => {
    const t = await city();
    await expect(
      t.closer.close(
        { unitId: t.branch1, reason: 'merged', successorId: t.group2, on: '2025-07-01' },
        admin,
      ),
    ).rejects.toMatchObject({ code: 'organisation.merge-kind-mismatch' });
    expect(await t.store.readStream(t.branch1)).toHaveLength(1);
  });

  it('lists the children that cannot move, counted in the singular for one', async () => {
    const t = await city();
    const dissolution = { unitId: t.lang, reason: 'dissolved', successorId: t.kimMa } as const;
    await expect(t.closer.close({ ...dissolution, on: '2025-07-01' }, admin)).rejects.toMatchObject(
      {
        status: 409,
        code: 'organisation.restructuring-conflict',
        message:
          '1 đơn vị trực thuộc không thể chuyển sang đơn vị tiếp nhận — 1 child unit cannot move to the successor',
        errors: [
          {
            field: expect.stringMatching(/^children\./) as unknown,
            reason: `organisation.name-taken: đơn vị ${t.branch1} đã có tên này dưới đơn vị tiếp nhận — unit ${t.branch1} has this name under the successor`,
          },
        ],
      },
    );
  });
});

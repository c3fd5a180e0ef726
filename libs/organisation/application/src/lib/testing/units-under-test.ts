// Test support for this lib's unit tests (not exported): the unit handlers on in-memory stores.
import {
  DEFAULT_UNIT_KIND_CATALOGUE,
  memberOrganisationDecider,
  unitDecider,
} from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  InMemoryEventStore,
  MemoryReservations,
} from '@vwu/platform-event-sourcing';
import { EstablishUnitCommand } from '../establish-unit/establish-unit.command';
import { EstablishUnitHandler } from '../establish-unit/establish-unit.handler';
import type { MemberOrganisationCommands } from '../member-organisations/member-organisation-commands';
import type { UnitCommands } from '../ports';
import { PendingClosures, type PendingClosure } from '../unit-closures/pending-closures';
import { UnitCloser } from '../unit-closures/unit-closer';
import { UnitWorkspace } from '../unit-workspace';

export const CITY = '00000000-0000-4000-8000-000000000001';

export const admin: Actor = {
  userId: 'u-1',
  roles: ['admin'],
  scopeUnitId: CITY,
  correlationId: 'req-1',
};

export const manager = (scopeUnitId: string, roles = ['unit-manager']): Actor => ({
  userId: 'u-1',
  roles,
  scopeUnitId,
  correlationId: 'req-1',
});

export class MemoryPendingClosures extends PendingClosures {
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

/** The unit streams, the member organisations' and the reservations, on one in-memory store. */
export function unitsUnderTest() {
  const store = new InMemoryEventStore();
  const commands: UnitCommands = {
    handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)),
  };
  const organisations: MemberOrganisationCommands = {
    handler: new CommandHandler(store, memberOrganisationDecider),
  };
  const reservations = new MemoryReservations();
  const units = new UnitWorkspace(store, commands, reservations);
  const pending = new MemoryPendingClosures();
  const closer = new UnitCloser(units, pending);
  const establishHandler = new EstablishUnitHandler(store, commands, reservations);
  const add = async (name: string, kind: string, parentId: string | null, id?: string) =>
    (
      await establishHandler.execute(
        new EstablishUnitCommand({ name, kind, parentId, establishedOn: '2019-01-01' }, admin, id),
      )
    ).id;
  return { store, commands, organisations, reservations, units, pending, closer, add };
}

/** The city; the wards Kim Mã (branch 1 with group 1, branch 2 with group 2) and Láng (branch 1). */
export async function cityUnderTest() {
  const t = unitsUnderTest();
  await t.add('Hội LHPN Thành phố Hà Nội', 'province', null, CITY);
  const district = await t.add('Hội LHPN quận Ba Đình', 'district', CITY);
  const kimMa = await t.add('Hội LHPN phường Kim Mã', 'grassroots', district);
  const lang = await t.add('Hội LHPN phường Láng', 'grassroots', district);
  const branch1 = await t.add('Chi hội 1', 'branch', kimMa);
  const group1 = await t.add('Tổ phụ nữ 1', 'group', branch1);
  const branch2 = await t.add('Chi hội 2', 'branch', kimMa);
  const group2 = await t.add('Tổ phụ nữ 2', 'group', branch2);
  const langBranch = await t.add('Chi hội 1', 'branch', lang);
  return { ...t, district, kimMa, lang, branch1, group1, branch2, group2, langBranch };
}

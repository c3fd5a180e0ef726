// Test support for this lib's unit tests (not exported): the handlers on in-memory stores.
import { cadreDecider, type CadreUnitFacts } from '@vwu/training-domain';
import type { Actor } from '@vwu/platform-auth';
import {
  CommandHandler,
  InMemoryEventStore,
  MemoryReservations,
} from '@vwu/platform-event-sourcing';
import { LocalMasterKey, MemoryDataKeys, PersonalDataVault } from '@vwu/platform-personal-data';
import { randomBytes, randomUUID } from 'node:crypto';
import { AppointCadreCommand } from '../appoint-cadre/appoint-cadre.command';
import { AppointCadreHandler } from '../appoint-cadre/appoint-cadre.handler';
import { CadrePersonalData, CadreWorkspace, type CadrePersonalFields } from '../cadre-streams';
import { Catalogue } from '../catalogue';
import { EndCadrePostHandler } from '../end-cadre-post/end-cadre-post.handler';
import { EraseCadreHandler } from '../erase-cadre/erase-cadre.handler';
import { GetCadreHandler } from '../get-cadre/get-cadre.handler';
import { TrainingUnits } from '../ports';
import { RecordQualificationHandler } from '../record-qualification/record-qualification.handler';
import { RegisterCadreCommand } from '../register-cadre/register-cadre.command';
import { RegisterCadreHandler } from '../register-cadre/register-cadre.handler';
import { RotateCadreHandler } from '../rotate-cadre/rotate-cadre.handler';
import { UnitSeats } from '../seats';

export const CITY = '00000000-0000-4000-8000-000000000001';
export const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
export const OTHER_WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a2';
export const BRANCH = 'b0000000-0000-4000-8000-000000000005';
export const CLOSED = 'b0000000-0000-4000-8000-0000000000ff';

/** Two wards under the city, a branch of the first, and a closed unit. */
class MapUnits extends TrainingUnits {
  facts(unitId: string): Promise<CadreUnitFacts> {
    const units: Record<string, CadreUnitFacts> = {
      [CITY]: { unitId, kind: 'province', ancestorIds: [], active: true },
      [WARD]: { unitId, kind: 'grassroots', ancestorIds: [CITY], active: true },
      [OTHER_WARD]: { unitId, kind: 'grassroots', ancestorIds: [CITY], active: true },
      [BRANCH]: { unitId, kind: 'branch', ancestorIds: [CITY, WARD], active: true },
    };
    return Promise.resolve(units[unitId] ?? { unitId, kind: '', ancestorIds: [], active: false });
  }
}

export const officer = (scopeUnitId: string, roles = ['cadre-officer']): Actor => ({
  userId: 'officer-1',
  roles,
  scopeUnitId,
  correlationId: 'req-1',
});

export const LAN: CadrePersonalFields = {
  fullName: 'Nguyễn Thị Lan',
  birthDate: '1986-03-08',
  nationalId: '001186012345',
  phone: '0912345678',
};

export function cadresUnderTest(catalogue = new Catalogue()) {
  const store = new InMemoryEventStore();
  const reservations = new MemoryReservations();
  const keys = new MemoryDataKeys();
  const units = new MapUnits();
  const cadres = new CadreWorkspace(
    store,
    { handler: new CommandHandler(store, cadreDecider) },
    units,
  );
  const personalData = new CadrePersonalData(
    new PersonalDataVault(keys, new LocalMasterKey(randomBytes(32).toString('base64'))),
  );
  const seats = new UnitSeats(cadres, reservations, catalogue);
  return {
    catalogue,
    store,
    units,
    reservations,
    keys,
    cadres,
    personalData,
    register: new RegisterCadreHandler(cadres, personalData, units),
    qualify: new RecordQualificationHandler(cadres),
    appoint: new AppointCadreHandler(cadres, units, seats),
    endPost: new EndCadrePostHandler(cadres, seats),
    rotate: new RotateCadreHandler(cadres, units, seats),
    erase: new EraseCadreHandler(cadres, personalData),
    get: new GetCadreHandler(cadres, personalData),
  };
}

export type CadresUnderTest = ReturnType<typeof cadresUnderTest>;

const MASTER = [{ fact: 'education', value: 'master', since: '2012-06-30' }];

/** Registers her at a unit (by an officer of the city) and returns her id. */
export async function registered(
  t: CadresUnderTest,
  unitId = WARD,
  qualifications = MASTER,
): Promise<string> {
  const id = randomUUID();
  const input = {
    unitId,
    memberId: null,
    registeredOn: '2024-01-10',
    personal: LAN,
    qualifications,
  };
  await t.register.execute(new RegisterCadreCommand(input, officer(CITY), id));
  return id;
}

/** Appoints her and returns the new post's id. */
export async function appointed(
  t: CadresUnderTest,
  cadreId: string,
  position: string,
  unitId = WARD,
): Promise<string> {
  const postId = randomUUID();
  const input = { unitId, position, appointedOn: '2024-02-01' };
  await t.appoint.execute(new AppointCadreCommand(cadreId, input, officer(CITY), postId));
  return postId;
}

// Test data for this lib's unit tests (not exported): a slice of Hanoi's tree before and after
// the 2025 reform. Ids are fixed UUIDs so that expected events can be written out in full.
import { type EstablishUnit, type ParentFacts, type RenameUnit } from '../unit.commands';
import { type UnitEstablished } from '../unit.events';

export const ID = {
  hanoi: '00000000-0000-4000-8000-000000000001',
  baDinh: '00000000-0000-4000-8000-000000000002',
  kimMa: '00000000-0000-4000-8000-000000000003',
  branch5: '00000000-0000-4000-8000-000000000004',
  group3: '00000000-0000-4000-8000-000000000005',
  police: '00000000-0000-4000-8000-000000000006',
  firePolice: '00000000-0000-4000-8000-000000000007',
  giangVo: '00000000-0000-4000-8000-000000000008',
  hoanKiem: '00000000-0000-4000-8000-000000000009',
  newUnit: '00000000-0000-4000-8000-0000000000ff',
} as const;

type EstablishedData = UnitEstablished['data'];

export function establishedEvent(data: EstablishedData): UnitEstablished {
  return { type: 'UnitEstablished', data };
}

/** Hội LHPN TP Hà Nội: the root. */
export const hanoi = establishedEvent({
  unitId: ID.hanoi,
  name: 'Hội LHPN TP Hà Nội',
  kind: 'province',
  parentId: null,
  ancestorIds: [],
  establishedOn: '1930-10-20',
});

/** Hội LHPN quận Ba Đình: a district union of the old structure. */
export const baDinh = establishedEvent({
  unitId: ID.baDinh,
  name: 'Hội LHPN quận Ba Đình',
  kind: 'district',
  parentId: ID.hanoi,
  ancestorIds: [ID.hanoi],
  establishedOn: '2019-01-01',
});

/** Hội LHPN phường Kim Mã: a grassroots union under the district, before the reform. */
export const kimMa = establishedEvent({
  unitId: ID.kimMa,
  name: 'Hội LHPN phường Kim Mã',
  kind: 'grassroots',
  parentId: ID.baDinh,
  ancestorIds: [ID.hanoi, ID.baDinh],
  establishedOn: '2019-03-01',
});

/** Chi hội tổ dân phố 5. */
export const branch5 = establishedEvent({
  unitId: ID.branch5,
  name: 'Chi hội tổ dân phố 5',
  kind: 'branch',
  parentId: ID.kimMa,
  ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
  establishedOn: '2019-06-01',
});

/** Hội Phụ nữ Công an TP: a unit directly under the city union. */
export const police = establishedEvent({
  unitId: ID.police,
  name: 'Hội Phụ nữ Công an TP',
  kind: 'affiliated',
  parentId: ID.hanoi,
  ancestorIds: [ID.hanoi],
  establishedOn: '2010-05-01',
});

/** Hội Phụ nữ Cảnh sát PCCC: merged into the police women's union. */
export const firePolice = establishedEvent({
  unitId: ID.firePolice,
  name: 'Hội Phụ nữ Cảnh sát PCCC TP',
  kind: 'affiliated',
  parentId: ID.hanoi,
  ancestorIds: [ID.hanoi],
  establishedOn: '2012-03-01',
});

/** Hội LHPN phường Giảng Võ: a second grassroots union in Ba Đình. */
export const giangVo = establishedEvent({
  unitId: ID.giangVo,
  name: 'Hội LHPN phường Giảng Võ',
  kind: 'grassroots',
  parentId: ID.baDinh,
  ancestorIds: [ID.hanoi, ID.baDinh],
  establishedOn: '2019-03-01',
});

/** Hội LHPN quận Hoàn Kiếm: a second district union. */
export const hoanKiem = establishedEvent({
  unitId: ID.hoanKiem,
  name: 'Hội LHPN quận Hoàn Kiếm',
  kind: 'district',
  parentId: ID.hanoi,
  ancestorIds: [ID.hanoi],
  establishedOn: '2019-01-01',
});

/** The facts the application layer reads from an established unit's streams. */
export function parentFrom(event: UnitEstablished, active = true): ParentFacts {
  const { unitId, kind, ancestorIds, establishedOn } = event.data;
  return { unitId, kind, ancestorIds, establishedOn, active };
}

/** Establishing a new unit; by default a branch under Kim Mã in 2020. */
export function establish(overrides: Partial<Omit<EstablishUnit, 'type'>> = {}): EstablishUnit {
  return {
    type: 'EstablishUnit',
    unitId: ID.newUnit,
    name: 'Chi hội tổ dân phố 7',
    kind: 'branch',
    establishedOn: '2020-01-01',
    parent: parentFrom(kimMa),
    ...overrides,
  };
}

/** Renaming Kim Mã; by default after the reform. */
export function rename(overrides: Partial<Omit<RenameUnit, 'type'>> = {}): RenameUnit {
  return {
    type: 'RenameUnit',
    unitId: ID.kimMa,
    name: 'Hội LHPN phường Giảng Võ',
    renamedOn: '2025-07-01',
    ...overrides,
  };
}

// The 2025 reform as configuration: districts abolished from 1 July 2025, grassroots unions
// directly under the province or city union. History before it must still load and change.
import { foldEvents } from '@vwu/platform-decider';
import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import {
  baDinh,
  branch5,
  establish,
  establishedEvent,
  hanoi,
  ID,
  kimMa,
  parentFrom,
  rename,
} from './testing/unit-fixtures';
import { unitDecider } from './unit.decider';
import { KindNotAllowedError, KindNotInForceError, UnknownKindError } from './unit.errors';
import { type UnitKindCatalogue } from './unit-kind-catalogue';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));

const newDistrict = (establishedOn: string) =>
  establish({
    kind: 'district',
    name: 'Hội LHPN quận Tây Hồ',
    parent: parentFrom(hanoi),
    establishedOn,
  });

const newGrassroots = (parent: typeof hanoi, establishedOn: string) =>
  establish({
    kind: 'grassroots',
    name: 'Hội LHPN phường Ngọc Hà',
    parent: parentFrom(parent),
    establishedOn,
  });

describe('the district level (until 30 June 2025)', () => {
  it.each(['2019-01-01', '2025-06-30'])('may be established on %s', (establishedOn) => {
    spec
      .given([])
      .when(newDistrict(establishedOn))
      .then([
        establishedEvent({
          unitId: ID.newUnit,
          name: 'Hội LHPN quận Tây Hồ',
          kind: 'district',
          parentId: ID.hanoi,
          ancestorIds: [ID.hanoi],
          establishedOn,
        }),
      ]);
  });

  it('may not be established from 1 July 2025', () => {
    spec.given([]).when(newDistrict('2025-07-01')).thenThrows(KindNotInForceError, {
      code: 'organisation.kind-not-in-force',
      kind: 'invalid',
      message:
        "không thể thành lập đơn vị loại 'district' vào ngày 2025-07-01 — units of kind 'district' cannot be established on 2025-07-01",
    });
  });

  it('has unions of 2019 that still load and may be renamed in 2026', () => {
    spec
      .given([baDinh])
      .when(
        rename({
          unitId: ID.baDinh,
          name: 'Hội LHPN quận Ba Đình (lưu trữ)',
          renamedOn: '2026-03-08',
        }),
      )
      .then([
        {
          type: 'UnitRenamed',
          data: {
            unitId: ID.baDinh,
            name: 'Hội LHPN quận Ba Đình (lưu trữ)',
            previousName: 'Hội LHPN quận Ba Đình',
            renamedOn: '2026-03-08',
          },
        },
      ]);
  });
});

describe('grassroots unions across the reform', () => {
  it('sit under a district union before it', () => {
    spec
      .given([])
      .when(newGrassroots(baDinh, '2025-06-30'))
      .then([
        establishedEvent({
          unitId: ID.newUnit,
          name: 'Hội LHPN phường Ngọc Hà',
          kind: 'grassroots',
          parentId: ID.baDinh,
          ancestorIds: [ID.hanoi, ID.baDinh],
          establishedOn: '2025-06-30',
        }),
      ]);
  });

  it('may not sit under a district union after it', () => {
    spec.given([]).when(newGrassroots(baDinh, '2025-07-01')).thenThrows(KindNotAllowedError, {
      code: 'organisation.kind-not-allowed',
      message:
        "đơn vị loại 'grassroots' không thể trực thuộc đơn vị loại 'district' vào ngày 2025-07-01 — a unit of kind 'grassroots' may not sit under a 'district' on 2025-07-01",
    });
  });

  it('sit directly under the province or city union after it', () => {
    spec
      .given([])
      .when(newGrassroots(hanoi, '2025-07-01'))
      .then([
        establishedEvent({
          unitId: ID.newUnit,
          name: 'Hội LHPN phường Ngọc Hà',
          kind: 'grassroots',
          parentId: ID.hanoi,
          ancestorIds: [ID.hanoi],
          establishedOn: '2025-07-01',
        }),
      ]);
  });

  it('keep their branches after it; the ancestors are the tree as recorded', () => {
    spec
      .given([])
      .when(establish({ parent: parentFrom(kimMa), establishedOn: '2026-01-01' }))
      .then([
        establishedEvent({
          unitId: ID.newUnit,
          name: 'Chi hội tổ dân phố 7',
          kind: 'branch',
          parentId: ID.kimMa,
          ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
          establishedOn: '2026-01-01',
        }),
      ]);
  });
});

describe('kinds are configuration', () => {
  // A deployment that also records clubs (câu lạc bộ) under branches: no code changes.
  const withClubs: UnitKindCatalogue = {
    ...DEFAULT_UNIT_KIND_CATALOGUE,
    kinds: {
      ...DEFAULT_UNIT_KIND_CATALOGUE.kinds,
      club: {
        label: { vi: 'Câu lạc bộ', en: 'Club' },
        inForce: { from: '2026-01-01' },
        parents: [{ kind: 'branch' }],
      },
    },
  };
  const clubs = deciderSpec(unitDecider(withClubs));
  const newClub = (establishedOn: string) =>
    establish({
      kind: 'club',
      name: 'CLB Phụ nữ khởi nghiệp',
      parent: parentFrom(branch5),
      establishedOn,
    });

  it('a club under a branch, once the catalogue has clubs', () => {
    clubs
      .given([])
      .when(newClub('2026-01-01'))
      .then([
        establishedEvent({
          unitId: ID.newUnit,
          name: 'CLB Phụ nữ khởi nghiệp',
          kind: 'club',
          parentId: ID.branch5,
          ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa, ID.branch5],
          establishedOn: '2026-01-01',
        }),
      ]);
  });

  it('no club before the catalogue puts the kind in force', () => {
    clubs.given([]).when(newClub('2025-12-31')).thenThrows(KindNotInForceError);
  });

  it('no club under the default catalogue', () => {
    spec.given([]).when(newClub('2026-01-01')).thenThrows(UnknownKindError);
  });

  it('history loads under a catalogue that no longer knows its kinds', () => {
    // The next reform's catalogue, say: a city union and communes, nothing in between.
    const withoutDistricts = unitDecider({
      rootKind: 'province',
      kinds: {
        province: { label: { vi: 'Thành Hội', en: 'City union' }, parents: [] },
        grassroots: {
          label: { vi: 'Cơ sở Hội', en: 'Grassroots union' },
          parents: [{ kind: 'province' }],
        },
      },
    });
    expect(foldEvents(withoutDistricts, [baDinh])).toMatchObject({ kind: 'district' });
    deciderSpec(withoutDistricts)
      .given([baDinh])
      .when(
        rename({ unitId: ID.baDinh, name: 'Hội LHPN quận Ba Đình cũ', renamedOn: '2026-01-01' }),
      )
      .then([
        {
          type: 'UnitRenamed',
          data: {
            unitId: ID.baDinh,
            name: 'Hội LHPN quận Ba Đình cũ',
            previousName: 'Hội LHPN quận Ba Đình',
            renamedOn: '2026-01-01',
          },
        },
      ]);
  });
});

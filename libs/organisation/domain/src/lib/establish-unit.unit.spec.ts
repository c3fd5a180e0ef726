import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import {
  establish,
  establishedEvent,
  hanoi,
  ID,
  kimMa,
  branch5,
  parentFrom,
  police,
} from './testing/unit-fixtures';
import { unitDecider } from './unit.decider';
import {
  BeforeParentError,
  InvalidDateError,
  InvalidNameError,
  KindNotAllowedError,
  ParentNotFoundError,
  ParentRequiredError,
  RootHasNoParentError,
  UnitAlreadyExistsError,
  UnitCycleError,
  UnknownKindError,
} from './unit.errors';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));

describe('EstablishUnit', () => {
  describe('records the establishment', () => {
    it('of the root, with no parent and no ancestors', () => {
      spec
        .given([])
        .when(
          establish({
            unitId: ID.hanoi,
            name: 'Hội LHPN TP Hà Nội',
            kind: 'province',
            establishedOn: '1930-10-20',
            parent: null,
          }),
        )
        .then([hanoi]);
    });

    it('under a parent: the ancestors are the parent’s, root first, then the parent', () => {
      spec
        .given([])
        .when(establish({ parent: parentFrom(branch5), kind: 'group', name: 'Tổ 3' }))
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name: 'Tổ 3',
            kind: 'group',
            parentId: ID.branch5,
            ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa, ID.branch5],
            establishedOn: '2020-01-01',
          }),
        ]);
    });

    it('of a unit directly under the city union', () => {
      spec
        .given([])
        .when(
          establish({
            kind: 'affiliated',
            name: 'Hội Phụ nữ Công an TP',
            parent: parentFrom(hanoi),
          }),
        )
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name: 'Hội Phụ nữ Công an TP',
            kind: 'affiliated',
            parentId: ID.hanoi,
            ancestorIds: [ID.hanoi],
            establishedOn: '2020-01-01',
          }),
        ]);
    });

    it('of a branch under a unit directly under the city union', () => {
      spec
        .given([])
        .when(establish({ name: 'Chi hội Phòng 1', parent: parentFrom(police) }))
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name: 'Chi hội Phòng 1',
            kind: 'branch',
            parentId: ID.police,
            ancestorIds: [ID.hanoi, ID.police],
            establishedOn: '2020-01-01',
          }),
        ]);
    });

    it('with the name normalised: NFC, trimmed, single spaces', () => {
      const typed = '  Chi hội\t tổ dân phố   7 \n'.normalize('NFD');
      spec
        .given([])
        .when(establish({ name: typed }))
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name: 'Chi hội tổ dân phố 7'.normalize('NFC'),
            kind: 'branch',
            parentId: ID.kimMa,
            ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
            establishedOn: '2020-01-01',
          }),
        ]);
    });

    it('on the same day as its parent', () => {
      spec
        .given([])
        .when(establish({ establishedOn: kimMa.data.establishedOn }))
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name: 'Chi hội tổ dân phố 7',
            kind: 'branch',
            parentId: ID.kimMa,
            ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
            establishedOn: '2019-03-01',
          }),
        ]);
    });
  });

  it('refuses to establish a unit twice', () => {
    spec
      .given([kimMa])
      .when(establish({ unitId: ID.kimMa }))
      .thenThrows(UnitAlreadyExistsError, {
        code: 'organisation.unit-already-exists',
        kind: 'conflict',
      });
  });

  describe('refuses an unknown kind', () => {
    it.each(['club', 'Branch', 'toString', '__proto__', 'constructor'])('%s', (kind) => {
      spec
        .given([])
        .when(establish({ kind }))
        .thenThrows(UnknownKindError, { code: 'organisation.unknown-kind', kind: 'invalid' });
    });
  });

  it('refuses a parent for the root kind', () => {
    spec
      .given([])
      .when(establish({ kind: 'province', parent: parentFrom(hanoi) }))
      .thenThrows(RootHasNoParentError, {
        code: 'organisation.root-has-no-parent',
        kind: 'invalid',
      });
  });

  it('requires a parent for every other kind', () => {
    spec
      .given([])
      .when(establish({ kind: 'grassroots', parent: null }))
      .thenThrows(ParentRequiredError, { code: 'organisation.parent-required', kind: 'invalid' });
  });

  it('refuses a parent that does not exist or is no longer active', () => {
    spec
      .given([])
      .when(establish({ parent: parentFrom(kimMa, false) }))
      .thenThrows(ParentNotFoundError, {
        code: 'organisation.parent-not-found',
        kind: 'not-found',
        message: `đơn vị cấp trên ${ID.kimMa} không tồn tại hoặc không còn hoạt động — parent unit ${ID.kimMa} does not exist or is no longer active`,
      });
  });

  it('refuses a kind the catalogue does not allow under the parent’s kind, naming both and the date', () => {
    spec
      .given([])
      .when(establish({ kind: 'group', parent: parentFrom(kimMa) }))
      .thenThrows(KindNotAllowedError, {
        code: 'organisation.kind-not-allowed',
        kind: 'invalid',
        message:
          "đơn vị loại 'group' không thể trực thuộc đơn vị loại 'grassroots' vào ngày 2020-01-01 — a unit of kind 'group' may not sit under a 'grassroots' on 2020-01-01",
      });
  });

  it('refuses a unit established before its parent', () => {
    spec
      .given([])
      .when(establish({ establishedOn: '2019-02-28' }))
      .thenThrows(BeforeParentError, { code: 'organisation.before-parent', kind: 'invalid' });
  });

  describe('refuses a cycle', () => {
    it('a parent enclosed by the new unit', () => {
      spec
        .given([])
        .when(establish({ unitId: ID.baDinh, parent: parentFrom(branch5) }))
        .thenThrows(UnitCycleError, { code: 'organisation.cycle', kind: 'invalid' });
    });

    it('a unit as its own parent', () => {
      spec
        .given([])
        .when(establish({ unitId: ID.kimMa, kind: 'grassroots', parent: parentFrom(kimMa) }))
        .thenThrows(UnitCycleError, { code: 'organisation.cycle' });
    });
  });

  describe('refuses a name that is empty after normalisation or longer than 200', () => {
    it.each([
      ['empty', ''],
      ['blank', ' \t\n\u00a0 '],
      ['201 characters', 'ạ'.repeat(201)],
    ])('%s', (_, name) => {
      spec
        .given([])
        .when(establish({ name }))
        .thenThrows(InvalidNameError, { code: 'organisation.invalid-name', kind: 'invalid' });
    });

    it('but accepts 200 characters, counted after NFC (400 code units typed as NFD)', () => {
      const name = 'ạ'.repeat(200);
      expect(name.normalize('NFD')).toHaveLength(400);
      spec
        .given([])
        .when(establish({ name: name.normalize('NFD') }))
        .then([
          establishedEvent({
            unitId: ID.newUnit,
            name,
            kind: 'branch',
            parentId: ID.kimMa,
            ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
            establishedOn: '2020-01-01',
          }),
        ]);
    });
  });

  describe('refuses a date that is not a calendar date', () => {
    it.each(['2025-02-29', '2025-13-01', '2025-7-1', '01/07/2025', '2025-07-01T00:00:00Z', ''])(
      '%j',
      (establishedOn) => {
        spec.given([]).when(establish({ establishedOn })).thenThrows(InvalidDateError, {
          code: 'organisation.invalid-date',
          kind: 'invalid',
          message:
            'establishedOn không phải là ngày hợp lệ (YYYY-MM-DD) — establishedOn is not a calendar date (YYYY-MM-DD)',
        });
      },
    );
  });
});

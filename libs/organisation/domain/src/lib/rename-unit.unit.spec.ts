import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import { ID, kimMa, rename } from './testing/unit-fixtures';
import { unitDecider } from './unit.decider';
import {
  BeforeEstablishmentError,
  InvalidDateError,
  InvalidNameError,
  UnitNotFoundError,
} from './unit.errors';
import { type UnitRenamed } from './unit.events';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));

function renamed(name: string, previousName: string, renamedOn = '2025-07-01'): UnitRenamed {
  return { type: 'UnitRenamed', data: { unitId: ID.kimMa, name, previousName, renamedOn } };
}

describe('RenameUnit', () => {
  it('records the new name with the previous one', () => {
    spec
      .given([kimMa])
      .when(rename())
      .then([renamed('Hội LHPN phường Giảng Võ', 'Hội LHPN phường Kim Mã')]);
  });

  it('takes the previous name from the latest rename', () => {
    spec
      .given([kimMa, renamed('Hội LHPN phường Giảng Võ', 'Hội LHPN phường Kim Mã')])
      .when(rename({ name: 'Hội LHPN phường Ba Đình', renamedOn: '2026-01-01' }))
      .then([renamed('Hội LHPN phường Ba Đình', 'Hội LHPN phường Giảng Võ', '2026-01-01')]);
  });

  it('normalises the new name (NFC, trimmed, single spaces)', () => {
    spec
      .given([kimMa])
      .when(rename({ name: ' Hội LHPN   phường Giảng Võ '.normalize('NFD') }))
      .then([renamed('Hội LHPN phường Giảng Võ', 'Hội LHPN phường Kim Mã')]);
  });

  it('may take effect on the day of the establishment', () => {
    spec
      .given([kimMa])
      .when(rename({ renamedOn: kimMa.data.establishedOn }))
      .then([renamed('Hội LHPN phường Giảng Võ', 'Hội LHPN phường Kim Mã', '2019-03-01')]);
  });

  describe('decides nothing for the same name (a repeated request)', () => {
    it.each([
      ['exactly', 'Hội LHPN phường Kim Mã'],
      ['with other spacing', '  Hội LHPN  phường\tKim Mã '],
      ['typed as NFD', 'Hội LHPN phường Kim Mã'.normalize('NFD')],
    ])('%s', (_, name) => {
      spec.given([kimMa]).when(rename({ name })).thenNothing();
    });
  });

  it('records a change of case: it corrects the official name', () => {
    spec
      .given([kimMa])
      .when(rename({ name: 'Hội LHPN Phường Kim Mã' }))
      .then([renamed('Hội LHPN Phường Kim Mã', 'Hội LHPN phường Kim Mã')]);
  });

  it('refuses a unit that has not been established', () => {
    spec.given([]).when(rename()).thenThrows(UnitNotFoundError, {
      code: 'organisation.unit-not-found',
      kind: 'not-found',
    });
  });

  it('refuses a command for another unit than the stream’s', () => {
    spec
      .given([kimMa])
      .when(rename({ unitId: ID.branch5 }))
      .thenThrows(UnitNotFoundError, { code: 'organisation.unit-not-found' });
  });

  it('refuses a rename that predates the establishment', () => {
    spec
      .given([kimMa])
      .when(rename({ renamedOn: '2019-02-28' }))
      .thenThrows(BeforeEstablishmentError, {
        code: 'organisation.before-establishment',
        kind: 'invalid',
        message:
          'đơn vị được thành lập ngày 2019-03-01; việc đổi tên ngày 2019-02-28 có trước ngày đó — the unit was established on 2019-03-01; a rename on 2019-02-28 precedes it',
      });
  });

  it.each(['', '   ', 'x'.repeat(201)])('refuses the name %j', (name) => {
    spec
      .given([kimMa])
      .when(rename({ name }))
      .thenThrows(InvalidNameError, { code: 'organisation.invalid-name', kind: 'invalid' });
  });

  it.each(['2025-06-31', '2026-02-29', 'tomorrow'])('refuses the date %j', (renamedOn) => {
    spec.given([kimMa]).when(rename({ renamedOn })).thenThrows(InvalidDateError, {
      code: 'organisation.invalid-date',
      message:
        'renamedOn không phải là ngày hợp lệ (YYYY-MM-DD) — renamedOn is not a calendar date (YYYY-MM-DD)',
    });
  });
});

import { deciderSpec } from '@vwu/platform-testing';
import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';
import { baDinh, branch5, ID, kimMa } from './testing/unit-fixtures';
import {
  type CorrectRating,
  type RateUnit,
  type RecordInspection,
  type RecordWomenPopulation,
} from './unit.commands';
import { unitDecider } from './unit.decider';
import {
  FutureDateError,
  InspectorNotAncestorError,
  InvalidFigureError,
  RatingExistsError,
  RatingNotFoundError,
  ReasonRequiredError,
  RecordNotKeptError,
} from './unit-record.errors';
import { UnitClosedError } from './unit-change.errors';
import { BeforeEstablishmentError } from './unit.errors';
import { type UnitEvent, type UnitRated } from './unit.events';

const spec = deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE));
const TODAY = '2026-11-21';
const INSPECTION = '00000000-0000-4000-8000-0000000000a1';

const population = (o: Partial<RecordWomenPopulation> = {}): RecordWomenPopulation => ({
  type: 'RecordWomenPopulation',
  unitId: ID.kimMa,
  asOf: '2026-01-01',
  women: 4210,
  today: TODAY,
  ...o,
});
const rate = (o: Partial<RateUnit> = {}): RateUnit => ({
  type: 'RateUnit',
  unitId: ID.branch5,
  year: 2024,
  grade: 'good',
  today: TODAY,
  ...o,
});
const correct = (o: Partial<CorrectRating> = {}): CorrectRating => ({
  type: 'CorrectRating',
  unitId: ID.branch5,
  year: 2024,
  grade: 'excellent',
  reason: 'Tổng hợp sai điểm thi đua',
  ...o,
});
const inspect = (o: Partial<RecordInspection> = {}): RecordInspection => ({
  type: 'RecordInspection',
  unitId: ID.branch5,
  inspectionId: INSPECTION,
  inspectedOn: '2026-05-10',
  inspectorUnitId: ID.kimMa,
  ancestorIds: [ID.hanoi, ID.baDinh, ID.kimMa],
  findings: ' Sổ sách đầy đủ ',
  passed: true,
  today: TODAY,
  ...o,
});
const rated: UnitRated = {
  type: 'UnitRated',
  data: { unitId: ID.branch5, year: 2024, grade: 'good' },
};
const closed: UnitEvent = {
  type: 'UnitDissolved',
  data: { unitId: ID.branch5, successorId: null, dissolvedOn: '2025-07-01' },
};

describe('RecordWomenPopulation', () => {
  it('records the women aged 18+ of a grassroots union on a date', () => {
    spec
      .given([kimMa])
      .when(population())
      .then([
        {
          type: 'WomenPopulationRecorded',
          data: { unitId: ID.kimMa, asOf: '2026-01-01', women: 4210 },
        },
      ]);
  });

  it('decides nothing for the same figure on the same date', () => {
    spec
      .given([kimMa, { type: 'WomenPopulationRecorded', data: population() }])
      .when(population())
      .thenNothing();
  });

  it('is not kept for a district union (configuration: records of the kind)', () => {
    spec
      .given([baDinh])
      .when(population({ unitId: ID.baDinh }))
      .thenThrows(RecordNotKeptError, { code: 'organisation.record-not-kept' });
  });

  it.each([-1, 1.5, Number.NaN, 30_000_000])('refuses %p women', (women) => {
    spec.given([kimMa]).when(population({ women })).thenThrows(InvalidFigureError);
  });

  it('refuses a date in the future or before the establishment', () => {
    spec
      .given([kimMa])
      .when(population({ asOf: '2026-11-22' }))
      .thenThrows(FutureDateError);
    spec
      .given([kimMa])
      .when(population({ asOf: '2019-01-01' }))
      .thenThrows(BeforeEstablishmentError);
  });

  it('says the unit was established after the date of the figure (not “a rename”)', () => {
    spec
      .given([kimMa])
      .when(population({ asOf: '2019-01-01' }))
      .thenThrows(BeforeEstablishmentError, {
        code: 'organisation.before-establishment',
        message:
          'đơn vị được thành lập ngày 2019-03-01; số liệu dân số nữ ngày 2019-01-01 có trước ngày đó — the unit was established on 2019-03-01; a women population figure as of 2019-01-01 precedes it',
      });
  });

  it('takes a figure on the day of the establishment', () => {
    spec
      .given([kimMa])
      .when(population({ asOf: kimMa.data.establishedOn }))
      .then([
        {
          type: 'WomenPopulationRecorded',
          data: { unitId: ID.kimMa, asOf: kimMa.data.establishedOn, women: 4210 },
        },
      ]);
  });
});

describe('RateUnit', () => {
  it('rates a branch for a year', () => {
    spec.given([branch5]).when(rate()).then([rated]);
  });

  it('allows one rating per unit and year: the same grade again decides nothing', () => {
    spec.given([branch5, rated]).when(rate()).thenNothing();
  });

  it('refuses another grade for a rated year: that is a correction', () => {
    spec
      .given([branch5, rated])
      .when(rate({ grade: 'weak' }))
      .thenThrows(RatingExistsError, { code: 'organisation.rating-exists', year: 2024 });
  });

  it('rates another year independently', () => {
    spec
      .given([branch5, rated])
      .when(rate({ year: 2025, grade: 'weak' }))
      .then([{ type: 'UnitRated', data: { unitId: ID.branch5, year: 2025, grade: 'weak' } }]);
  });

  it.each([2018, 2027, 2024.5])('refuses the year %p (before the unit, or not begun)', (year) => {
    spec.given([branch5]).when(rate({ year })).thenThrows(InvalidFigureError);
  });

  it('says in which year the unit was established when the year precedes it', () => {
    spec
      .given([branch5])
      .when(rate({ year: 2018 }))
      .thenThrows(InvalidFigureError, {
        code: 'organisation.invalid-figure',
        message:
          'đơn vị được thành lập năm 2019, không thể xếp loại năm 2018 — the unit was established in 2019: it cannot be rated for 2018',
      });
  });

  it('says that a year after this one has not begun', () => {
    spec
      .given([branch5])
      .when(rate({ year: 2027 }))
      .thenThrows(InvalidFigureError, {
        message:
          'năm 2027 chưa bắt đầu (hôm nay là 2026-11-21) — the year 2027 has not begun (today is 2026-11-21)',
      });
  });

  it('refuses a grade that is not on the scale', () => {
    const grade = 'superb' as RateUnit['grade'];
    spec.given([branch5]).when(rate({ grade })).thenThrows(InvalidFigureError);
  });

  it('refuses a unit that no longer exists', () => {
    spec.given([branch5, closed]).when(rate()).thenThrows(UnitClosedError);
  });
});

describe('CorrectRating', () => {
  it('supersedes the grade with a reason, keeping the previous grade', () => {
    spec
      .given([branch5, rated])
      .when(correct())
      .then([
        {
          type: 'UnitRatingCorrected',
          data: {
            unitId: ID.branch5,
            year: 2024,
            grade: 'excellent',
            previousGrade: 'good',
            reason: 'Tổng hợp sai điểm thi đua',
          },
        },
      ]);
  });

  it('corrects the corrected grade next time', () => {
    const corrected: UnitEvent = {
      type: 'UnitRatingCorrected',
      data: { ...rated.data, grade: 'excellent', previousGrade: 'good', reason: 'x' },
    };
    spec
      .given([branch5, rated, corrected])
      .when(correct({ grade: 'fair' }))
      .then([
        {
          type: 'UnitRatingCorrected',
          data: {
            unitId: ID.branch5,
            year: 2024,
            grade: 'fair',
            previousGrade: 'excellent',
            reason: 'Tổng hợp sai điểm thi đua',
          },
        },
      ]);
  });

  it('needs a rating to correct', () => {
    spec
      .given([branch5])
      .when(correct())
      .thenThrows(RatingNotFoundError, { code: 'organisation.rating-not-found' });
  });

  it('needs a reason', () => {
    spec
      .given([branch5, rated])
      .when(correct({ reason: '  ' }))
      .thenThrows(ReasonRequiredError, { code: 'organisation.reason-required' });
  });

  it('decides nothing when the grade is the one in force', () => {
    spec
      .given([branch5, rated])
      .when(correct({ grade: 'good' }))
      .thenNothing();
  });
});

describe('RecordInspection', () => {
  it('records a charter inspection of a branch by its grassroots union', () => {
    spec
      .given([branch5])
      .when(inspect())
      .then([
        {
          type: 'UnitInspected',
          data: {
            unitId: ID.branch5,
            inspectionId: INSPECTION,
            inspectedOn: '2026-05-10',
            inspectorUnitId: ID.kimMa,
            findings: 'Sổ sách đầy đủ',
            passed: true,
          },
        },
      ]);
  });

  it('decides nothing for an inspection id recorded already', () => {
    spec
      .given([branch5, { type: 'UnitInspected', data: { ...inspect(), findings: '' } }])
      .when(inspect())
      .thenNothing();
  });

  it('refuses an inspector that is not above the branch', () => {
    spec
      .given([branch5])
      .when(inspect({ inspectorUnitId: ID.police }))
      .thenThrows(InspectorNotAncestorError, { code: 'organisation.inspector-not-ancestor' });
  });

  it('is not kept for a grassroots union', () => {
    spec
      .given([kimMa])
      .when(inspect({ unitId: ID.kimMa }))
      .thenThrows(RecordNotKeptError);
  });

  it('refuses a date in the future', () => {
    spec
      .given([branch5])
      .when(inspect({ inspectedOn: '2027-01-01' }))
      .thenThrows(FutureDateError);
  });

  it('says the unit was established after an inspection dated before it (not “a rename”)', () => {
    spec
      .given([branch5])
      .when(inspect({ inspectedOn: '2019-05-31' }))
      .thenThrows(BeforeEstablishmentError, {
        code: 'organisation.before-establishment',
        message:
          'đơn vị được thành lập ngày 2019-06-01; cuộc kiểm tra ngày 2019-05-31 có trước ngày đó — the unit was established on 2019-06-01; an inspection on 2019-05-31 precedes it',
      });
  });
});

import { DomainError } from '@vwu/platform-decider';
import * as memberOrganisation from './member-organisation';
import * as changeErrors from './unit-change.errors';
import * as recordErrors from './unit-record.errors';
import * as unitErrors from './unit.errors';

const U = '00000000-0000-4000-8000-000000000003';
const P = '00000000-0000-4000-8000-000000000002';

/** One instance of every error the organisation domain raises, with typical arguments. */
const INSTANCES: readonly DomainError[] = [
  new unitErrors.UnitAlreadyExistsError(U),
  new unitErrors.UnitNotFoundError(U),
  new unitErrors.UnknownKindError('ward'),
  new unitErrors.KindNotInForceError('district', '2025-07-01'),
  new unitErrors.RootHasNoParentError('province'),
  new unitErrors.ParentRequiredError('branch'),
  new unitErrors.ParentNotFoundError(P),
  new unitErrors.KindNotAllowedError('group', 'grassroots', '2020-01-01'),
  new unitErrors.BeforeParentError('2018-01-01', '2019-01-01'),
  new unitErrors.UnitCycleError(U, P),
  new unitErrors.InvalidNameError(0),
  new unitErrors.InvalidDateError('movedOn'),
  new unitErrors.BeforeEstablishmentError('rename', '2019-01-01', '2019-03-01'),
  new unitErrors.BeforeEstablishmentError('inspection', '2019-01-01', '2019-03-01'),
  new unitErrors.BeforeEstablishmentError('population', '2019-01-01', '2019-03-01'),
  new changeErrors.UnitClosedError(U, { reason: 'merged', on: '2025-07-01', successorId: P }),
  new changeErrors.UnitClosedError(U, { reason: 'dissolved', on: '2025-07-01', successorId: P }),
  new changeErrors.UnitClosedError(U, { reason: 'dissolved', on: '2025-07-01', successorId: null }),
  new changeErrors.ChangeOutOfOrderError('merge', '2025-06-30', {
    establishedOn: '2019-01-01',
    lastChangeOn: '2025-07-01',
  }),
  new changeErrors.ChangeOutOfOrderError('move', '2018-12-31', {
    establishedOn: '2019-01-01',
    lastChangeOn: '2019-01-01',
  }),
  new changeErrors.SuccessorNotFoundError(P),
  new changeErrors.SuccessorInsideUnitError(U, P),
  new changeErrors.MergeKindMismatchError('branch', 'group'),
  new changeErrors.UnitNotEmptyError(U, 1),
  new changeErrors.UnitNotEmptyError(U, 3),
  new recordErrors.RecordNotKeptError('district', 'population'),
  new recordErrors.RecordNotKeptError('grassroots', 'inspection'),
  new recordErrors.RecordNotKeptError('group', 'rating'),
  new recordErrors.InvalidFigureError('women'),
  new recordErrors.RatingYearError(2018, { establishedOn: '2019-06-01', today: '2026-11-21' }),
  new recordErrors.RatingYearError(2027, { establishedOn: '2019-06-01', today: '2026-11-21' }),
  new recordErrors.FutureDateError('asOf', '2026-11-21'),
  new recordErrors.RatingExistsError(U, 2024),
  new recordErrors.RatingNotFoundError(U, 2024),
  new recordErrors.ReasonRequiredError(),
  new recordErrors.InspectorNotAncestorError(U, P),
  new memberOrganisation.MemberOrganisationNotFoundError(U),
  new memberOrganisation.MemberOrganisationDateError('2024-01-01', '2024-03-08'),
];

const VIETNAMESE = /[ăâđêôơưàáạảãằắặẳẵầấậẩẫèéẹẻẽềếệểễìíịỉĩòóọỏõồốộổỗờớợởỡùúụủũừứựửữỳýỵỷỹ]/i;

function errorClassNames(module: Record<string, unknown>): string[] {
  return Object.entries(module)
    .filter(([, value]) => typeof value === 'function' && value.prototype instanceof DomainError)
    .map(([name]) => name);
}

describe('organisation domain errors', () => {
  it('are all listed here', () => {
    const listed = new Set(INSTANCES.map((error) => error.name));
    const all = [memberOrganisation, changeErrors, recordErrors, unitErrors].flatMap(
      errorClassNames,
    );
    expect(all.filter((name) => !listed.has(name))).toEqual([]);
  });

  it.each(INSTANCES.map((error) => [error.name, error.message]))(
    '%s says it in Vietnamese first, then — and English: %s',
    (_, message) => {
      const halves = message.split(' — ');
      expect(halves).toHaveLength(2);
      const [vietnamese = '', english = ''] = halves;
      expect(vietnamese).toMatch(VIETNAMESE);
      expect(english).toMatch(/^[\x20-\x7E]+$/);
    },
  );

  it('count in the singular for one', () => {
    expect(new changeErrors.UnitNotEmptyError(U, 1).message).toContain(' has 1 active child unit:');
    expect(new changeErrors.UnitNotEmptyError(U, 3).message).toContain(
      ' has 3 active child units:',
    );
  });
});

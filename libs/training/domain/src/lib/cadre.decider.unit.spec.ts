import { deciderSpec } from '@vwu/platform-testing';
import { cadreDecider } from './cadre.decider';
import {
  CadreErasedError,
  CadreExistsError,
  CadreHoldsPostsError,
  InvalidCadreInputError,
  PositionNotAtUnitKindError,
  PostEndedError,
  PostHeldError,
  UnitNotActiveError,
  UnknownPositionError,
} from './cadre.errors';
import {
  at,
  BRANCH,
  CHAIR_APPOINTED,
  ID,
  OTHER_WARD,
  REGISTER,
  REGISTERED,
  TODAY,
  WARD,
} from './testing/cadre-fixtures';

const spec = deciderSpec(cadreDecider);
const appoint = (position: string, unit = WARD, appointedOn = '2025-02-01') => ({
  type: 'AppointCadre' as const,
  cadreId: ID.cadre,
  postId: ID.post,
  at: at(unit, position),
  appointedOn,
  today: TODAY,
});
const endPost = (endedOn: string) => ({
  type: 'EndCadrePost' as const,
  cadreId: ID.cadre,
  postId: ID.post,
  endedOn,
  reason: 'term-ended' as const,
  today: TODAY,
});

describe('registering a cadre', () => {
  it('opens her record with her birth year only, and each qualification on its own day', () => {
    spec
      .given([])
      .when(REGISTER)
      .then([
        REGISTERED,
        {
          type: 'CadreQualificationRecorded',
          data: { cadreId: ID.cadre, fact: 'education', value: 'master', since: '2015-06-30' },
        },
      ]);
  });

  it('refuses a second registration, a closed unit, a minor and an unknown value', () => {
    spec.given([REGISTERED]).when(REGISTER).thenThrows(CadreExistsError);
    spec
      .given([])
      .when({ ...REGISTER, unit: { ...WARD, active: false } })
      .thenThrows(UnitNotActiveError, { code: 'training.unit-not-active' });
    spec
      .given([])
      .when({ ...REGISTER, birthDate: '2008-01-01' })
      .thenThrows(InvalidCadreInputError, { code: 'training.cadre-invalid' });
    spec
      .given([])
      .when({
        ...REGISTER,
        qualifications: [{ fact: 'education', value: 'phd', since: '2020-01-01' }],
      })
      .thenThrows(InvalidCadreInputError);
    spec
      .given([])
      .when({ ...REGISTER, registeredOn: '2026-01-01' })
      .thenThrows(InvalidCadreInputError);
  });
});

describe('recording a qualification', () => {
  const record = (value: string, since: string) => ({
    type: 'RecordQualification' as const,
    cadreId: ID.cadre,
    qualification: { fact: 'political-theory', value, since },
    today: TODAY,
  });
  const recorded = {
    type: 'CadreQualificationRecorded' as const,
    data: {
      cadreId: ID.cadre,
      fact: 'political-theory' as const,
      value: 'advanced',
      since: '2025-05-01',
    },
  };

  it('records it from its day, once', () => {
    spec.given([REGISTERED]).when(record('advanced', '2025-05-01')).then([recorded]);
    spec.given([REGISTERED, recorded]).when(record('advanced', '2025-05-01')).thenNothing();
  });

  it('refuses it for an erased cadre', () => {
    const erased = { type: 'CadreErased' as const, data: { cadreId: ID.cadre, erasedOn: TODAY } };
    spec
      .given([REGISTERED, erased])
      .when(record('advanced', '2025-05-01'))
      .thenThrows(CadreErasedError);
  });
});

describe('appointing a cadre to a post', () => {
  it('appoints her to a position that her unit’s kind has', () => {
    spec.given([REGISTERED]).when(appoint('chairwoman')).then([CHAIR_APPOINTED]);
  });

  it('appoints her to a position of the deployment’s own catalogue, with what it counts as', () => {
    const treasurer = {
      label: { vi: 'Thủ quỹ', en: 'Treasurer' },
      unitKinds: ['grassroots'],
      single: false,
      figures: ['key'] as const,
    };
    spec
      .given([REGISTERED])
      .when({
        ...appoint('treasurer'),
        at: { unit: WARD, position: 'treasurer', definition: treasurer },
      })
      .then([
        {
          type: 'CadreAppointed',
          data: { ...CHAIR_APPOINTED.data, position: 'treasurer', figures: ['key'] },
        },
      ]);
  });

  it('refuses a post at a unit kind that has no such position, and an unknown position', () => {
    spec
      .given([REGISTERED])
      .when(appoint('chairwoman', BRANCH))
      .thenThrows(PositionNotAtUnitKindError, { code: 'training.position-not-at-unit-kind' });
    spec
      .given([REGISTERED])
      .when(appoint('department-head', WARD))
      .thenThrows(PositionNotAtUnitKindError);
    spec.given([REGISTERED]).when(appoint('treasurer')).thenThrows(UnknownPositionError);
  });

  it('refuses the same position at the same unit while she holds it', () => {
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when({ ...appoint('chairwoman'), postId: ID.post2 })
      .thenThrows(PostHeldError, { code: 'training.post-held' });
  });
});

describe('ending a post', () => {
  it('ends it on a day from its appointment on, once', () => {
    const ended = {
      type: 'CadrePostEnded' as const,
      data: {
        cadreId: ID.cadre,
        postId: ID.post,
        unitId: ID.ward,
        position: 'chairwoman',
        endedOn: '2025-09-01',
        reason: 'term-ended' as const,
      },
    };
    spec.given([REGISTERED, CHAIR_APPOINTED]).when(endPost('2025-09-01')).then([ended]);
    spec
      .given([REGISTERED, CHAIR_APPOINTED, ended])
      .when(endPost('2025-09-02'))
      .thenThrows(PostEndedError);
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when(endPost('2025-01-31'))
      .thenThrows(InvalidCadreInputError);
  });
});

describe('rotating a cadre', () => {
  const rotate = (position: string, rotatedOn = '2025-08-01') => ({
    type: 'RotateCadre' as const,
    cadreId: ID.cadre,
    fromPostId: ID.post,
    postId: ID.post2,
    at: at(OTHER_WARD, position),
    rotatedOn,
    today: TODAY,
  });

  it('ends the old post and starts the new one on the same day, as one event', () => {
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when(rotate('chairwoman'))
      .then([
        {
          type: 'CadreRotated',
          data: {
            cadreId: ID.cadre,
            endedPostId: ID.post,
            fromUnitId: ID.ward,
            fromPosition: 'chairwoman',
            postId: ID.post2,
            unitId: ID.otherWard,
            ancestorIds: [ID.city],
            unitKind: 'grassroots',
            position: 'chairwoman',
            figures: ['head', 'key', 'unit-leadership'],
            rotatedOn: '2025-08-01',
          },
        },
      ]);
  });

  it('leaves the old post ended and her record at the new unit', () => {
    const events = cadreDecider.decide(
      rotate('vice-chair'),
      [REGISTERED, CHAIR_APPOINTED].reduce(cadreDecider.evolve, cadreDecider.initialState()),
    );
    const state = [REGISTERED, CHAIR_APPOINTED, ...events].reduce(
      cadreDecider.evolve,
      cadreDecider.initialState(),
    );
    expect(state).toMatchObject({
      unitId: ID.otherWard,
      posts: {
        [ID.post]: { endedOn: '2025-08-01' },
        [ID.post2]: { unitId: ID.otherWard, position: 'vice-chair', endedOn: null },
      },
    });
  });

  it('refuses a rotation before the old post began, or to a position the unit lacks', () => {
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when(rotate('chairwoman', '2025-01-15'))
      .thenThrows(InvalidCadreInputError);
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when({ ...rotate('branch-head'), at: at(OTHER_WARD, 'branch-head') })
      .thenThrows(PositionNotAtUnitKindError);
  });
});

describe('erasing a cadre', () => {
  const erase = { type: 'EraseCadre' as const, cadreId: ID.cadre, erasedOn: TODAY };

  it('is refused while she holds a post, and done once otherwise', () => {
    spec
      .given([REGISTERED, CHAIR_APPOINTED])
      .when(erase)
      .thenThrows(CadreHoldsPostsError, { code: 'training.cadre-holds-posts' });
    const erased = { type: 'CadreErased' as const, data: { cadreId: ID.cadre, erasedOn: TODAY } };
    spec.given([REGISTERED]).when(erase).then([erased]);
    spec.given([REGISTERED, erased]).when(erase).thenNothing();
  });
});

describe('a unit merged or dissolved (the process manager’s command)', () => {
  const close = (successor: typeof OTHER_WARD | null) => ({
    type: 'CloseUnitPosts' as const,
    cadreId: ID.cadre,
    unitId: ID.ward,
    successor,
    closedOn: '2025-07-01',
  });
  const ended = {
    type: 'CadrePostEnded' as const,
    data: {
      cadreId: ID.cadre,
      postId: ID.post,
      unitId: ID.ward,
      position: 'chairwoman',
      endedOn: '2025-07-01',
      reason: 'unit-closed' as const,
    },
  };
  const moved = {
    type: 'CadreRecordMoved' as const,
    data: {
      cadreId: ID.cadre,
      fromUnitId: ID.ward,
      unitId: ID.otherWard,
      ancestorIds: [ID.city],
      movedOn: '2025-07-01',
    },
  };

  it('ends her posts there and moves her record to the successor, once', () => {
    spec.given([REGISTERED, CHAIR_APPOINTED]).when(close(OTHER_WARD)).then([ended, moved]);
    spec.given([REGISTERED, CHAIR_APPOINTED, ended, moved]).when(close(OTHER_WARD)).thenNothing();
  });

  it('ends her posts only, for a unit dissolved with no successor or not hers', () => {
    spec.given([REGISTERED, CHAIR_APPOINTED]).when(close(null)).then([ended]);
    const elsewhere = { ...close(OTHER_WARD), unitId: ID.branch };
    spec.given([REGISTERED, CHAIR_APPOINTED]).when(elsewhere).thenNothing();
  });
});

import { parseEventData, PUBLIC_EVENTS, type PublicEventType } from '@vwu/contracts';
import { POSITION_CODES } from '@vwu/internal-api';
import { DEFAULT_POSITION_CATALOGUE, type CadreEvent } from '@vwu/training-domain';
import { trainingPublicEvents } from './public-events';

const CADRE = '9f0c1a2b-3c4d-4e5f-8a9b-000000000001';
const WARD = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1';
const OTHER = '5b1d2f0e-0d6a-4c55-9e1c-0000000000a2';
const CITY = '00000000-0000-4000-8000-000000000001';
const POST = 'c1000000-0000-4000-8000-000000000001';
const POST2 = 'c1000000-0000-4000-8000-000000000002';
const SEALED = 'v1.aXYxMjM0NTY3ODkw.c2VhbGVkLXBlcnNvbmFsLWRhdGE';

/** One of every internal event, as the store keeps them. */
const EVENTS: CadreEvent[] = [
  {
    type: 'CadreRegistered',
    data: {
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      memberId: null,
      birthYear: 1986,
      registeredOn: '2024-01-10',
      personal: SEALED,
    },
  },
  {
    type: 'CadreQualificationRecorded',
    data: { cadreId: CADRE, fact: 'education', value: 'master', since: '2012-06-30' },
  },
  {
    type: 'CadreAppointed',
    data: {
      cadreId: CADRE,
      postId: POST,
      unitId: WARD,
      ancestorIds: [CITY],
      unitKind: 'grassroots',
      position: 'chairwoman',
      appointedOn: '2024-02-01',
    },
  },
  {
    type: 'CadreRotated',
    data: {
      cadreId: CADRE,
      endedPostId: POST,
      fromUnitId: WARD,
      fromPosition: 'chairwoman',
      postId: POST2,
      unitId: OTHER,
      ancestorIds: [CITY],
      unitKind: 'grassroots',
      position: 'chairwoman',
      rotatedOn: '2025-07-01',
    },
  },
  {
    type: 'CadrePostEnded',
    data: {
      cadreId: CADRE,
      postId: POST2,
      unitId: OTHER,
      position: 'chairwoman',
      endedOn: '2026-01-01',
      reason: 'term-ended',
    },
  },
  {
    type: 'CadreRecordMoved',
    data: {
      cadreId: CADRE,
      fromUnitId: OTHER,
      unitId: WARD,
      ancestorIds: [CITY],
      movedOn: '2026-01-15',
    },
  },
  { type: 'CadreErased', data: { cadreId: CADRE, erasedOn: '2026-02-01' } },
  {
    type: 'CadreAwarded',
    data: { cadreId: CADRE, award: 'good-grassroots-cadre', year: 2025, unitId: WARD },
  },
  {
    type: 'CadreSuccessionPlanned',
    data: {
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      position: 'chairwoman',
      term: '2026-2031',
    },
  },
];

const published = EVENTS.map((event, i) => {
  const found = trainingPublicEvents({ ...event, eventId: `e-${i}`, version: i + 1 });
  return found && parseEventData(found.type as PublicEventType, found.data);
});

describe('training events on Kafka', () => {
  it('publishes every cadre event, each valid against its contract', () => {
    const types = EVENTS.map(
      (e, i) => trainingPublicEvents({ ...e, eventId: `e-${i}`, version: 1 })?.type,
    );
    const training = Object.keys(PUBLIC_EVENTS).filter((t) => t.startsWith('vn.vwu.training.'));
    expect(types.sort()).toEqual(training.sort());
    expect(published.every((data) => data !== undefined)).toBe(true);
  });

  it('never carries her sealed personal data', () => {
    const text = JSON.stringify(published);
    expect(text).not.toContain(SEALED);
    expect(text).not.toContain('personal"');
    expect(published[0]).toEqual({
      cadreId: CADRE,
      unitId: WARD,
      ancestorIds: [CITY],
      memberId: null,
      birthYear: 1986,
      registeredOn: '2024-01-10',
    });
  });

  it('accepts at the API exactly the positions of the catalogue', () => {
    expect([...POSITION_CODES].sort()).toEqual(Object.keys(DEFAULT_POSITION_CATALOGUE).sort());
  });
});

import { type CloudEvent } from './cloudevents/cloud-event';
import { MEMBER_ADMITTED_V1 } from './membership';
import { MalformedEventError, UnknownEventTypeError } from './errors';
import { UNIT_ESTABLISHED_V1, UNIT_RENAMED_V1, UnitEstablishedV1 } from './organisation';
import { PUBLIC_EVENTS, isPublicEventType, parseEventData, parsePublicEvent } from './registry';
import { TOPICS } from './topics';

const established = {
  unitId: '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10',
  name: 'Hội LHPN phường Kim Mã',
  kind: 'grassroots',
  parentId: null,
  ancestorIds: [],
  establishedOn: '2025-07-01',
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('public event registry', () => {
  it('registers each context’s events on its topic', () => {
    expect(Object.keys(PUBLIC_EVENTS)).toEqual([
      'vn.vwu.organisation.UnitEstablished.v1',
      'vn.vwu.organisation.UnitRenamed.v1',
      'vn.vwu.organisation.UnitMoved.v1',
      'vn.vwu.organisation.UnitsMerged.v1',
      'vn.vwu.organisation.UnitDissolved.v1',
      'vn.vwu.organisation.WomenPopulationRecorded.v1',
      'vn.vwu.organisation.UnitRated.v1',
      'vn.vwu.organisation.UnitRatingCorrected.v1',
      'vn.vwu.organisation.UnitInspected.v1',
      'vn.vwu.organisation.MemberOrganisationJoined.v1',
      'vn.vwu.organisation.MemberOrganisationLeft.v1',
      'vn.vwu.membership.MemberAdmitted.v1',
      'vn.vwu.membership.MemberTransferred.v1',
      'vn.vwu.membership.MembershipEnded.v1',
      'vn.vwu.membership.MemberReadmitted.v1',
      'vn.vwu.membership.MemberErased.v1',
      'vn.vwu.membership.MemberAssignedToGroup.v1',
      'vn.vwu.membership.SpecialGroupTagged.v1',
      'vn.vwu.membership.SpecialGroupUntagged.v1',
      'vn.vwu.membership.FeePaid.v1',
      'vn.vwu.membership.FeeWaived.v1',
      'vn.vwu.membership.PartyStepRecorded.v1',
      'vn.vwu.membership.MemberRecognisedExemplary.v1',
      'vn.vwu.membership.ClubFounded.v1',
      'vn.vwu.membership.ClubRenamed.v1',
      'vn.vwu.membership.ClubMemberJoined.v1',
      'vn.vwu.membership.ClubMemberLeft.v1',
      'vn.vwu.membership.ClubDissolved.v1',
      'vn.vwu.training.CadreRegistered.v1',
      'vn.vwu.training.CadreQualificationRecorded.v1',
      'vn.vwu.training.CadreAppointed.v1',
      'vn.vwu.training.CadrePostEnded.v1',
      'vn.vwu.training.CadreRotated.v1',
      'vn.vwu.training.CadreRecordMoved.v1',
      'vn.vwu.training.CadreErased.v1',
      'vn.vwu.training.CadreAwarded.v1',
      'vn.vwu.training.CadreSuccessionPlanned.v1',
      'vn.vwu.training.CourseScheduled.v1',
      'vn.vwu.training.CadreEnrolled.v1',
      'vn.vwu.training.SessionAttended.v1',
      'vn.vwu.training.CadreWithdrew.v1',
      'vn.vwu.training.CourseCompleted.v1',
      'vn.vwu.training.ModuleCompleted.v1',
    ]);
    expect(PUBLIC_EVENTS[MEMBER_ADMITTED_V1].topic).toBe(TOPICS.membership);
    expect(PUBLIC_EVENTS[UNIT_ESTABLISHED_V1].topic).toBe(TOPICS.organisation);
    expect(PUBLIC_EVENTS[UNIT_RENAMED_V1].topic).toBe(TOPICS.organisation);
    expect(PUBLIC_EVENTS[UNIT_ESTABLISHED_V1].schema).toBe(UnitEstablishedV1);
  });

  it('describes every event with its schema description', () => {
    for (const definition of Object.values(PUBLIC_EVENTS)) {
      expect(definition.description).toBe(definition.schema.description);
      expect(definition.description.length).toBeGreaterThan(40);
    }
  });

  it('cannot be changed at run time', () => {
    expect(Object.isFrozen(PUBLIC_EVENTS)).toBe(true);
    expect(Object.isFrozen(PUBLIC_EVENTS[UNIT_RENAMED_V1])).toBe(true);
  });

  it('knows its types', () => {
    expect(isPublicEventType(UNIT_RENAMED_V1)).toBe(true);
    expect(isPublicEventType('vn.vwu.organisation.UnitSplit.v1')).toBe(false);
    expect(isPublicEventType('toString')).toBe(false);
  });

  it('validates data with the registered schema, dropping unknown fields', () => {
    expect(parseEventData(UNIT_ESTABLISHED_V1, { ...established, extra: true })).toEqual(
      established,
    );
  });

  it('refuses bad data with invalid-data, naming fields but not quoting values', () => {
    const error = thrown(() =>
      parseEventData(UNIT_ESTABLISHED_V1, { ...established, name: '', establishedOn: '1/7/2025' }),
    );
    expect(error).toBeInstanceOf(MalformedEventError);
    expect(error).toMatchObject({ code: 'invalid-data' });
    const { message } = error as MalformedEventError;
    expect(message).toMatch(/^invalid data for vn\.vwu\.organisation\.UnitEstablished\.v1: /);
    expect(message).toContain('name: ');
    expect(message).toContain('establishedOn: ');
    expect(message).not.toContain('1/7/2025');
  });

  it('refuses data that is not an object with invalid-data', () => {
    expect(() => parseEventData(UNIT_RENAMED_V1, 'Hội LHPN phường Kim Mã')).toThrow(
      expect.objectContaining({ code: 'invalid-data' }) as Error,
    );
    expect(() => parseEventData(UNIT_RENAMED_V1, 'Hội LHPN')).not.toThrow(/Hội LHPN/);
  });

  it('refuses an unregistered type with a distinct error, unknown-type', () => {
    const error = thrown(() => parseEventData('vn.vwu.organisation.UnitSplit.v1', {}));
    expect(error).toBeInstanceOf(UnknownEventTypeError);
    expect(error).not.toBeInstanceOf(MalformedEventError);
    expect(error).toMatchObject({
      code: 'unknown-type',
      type: 'vn.vwu.organisation.UnitSplit.v1',
      message: 'unknown public event type vn.vwu.organisation.UnitSplit.v1',
    });
  });

  it('does not quote a type string that is not one', () => {
    const error = thrown(() => parseEventData('Nguyễn Thị Hoa', {}));
    expect(error).toMatchObject({ code: 'unknown-type' });
    expect((error as Error).message).not.toContain('Nguyễn');
  });

  it('parses a decoded CloudEvent into a discriminated public event', () => {
    const event: CloudEvent<unknown> = {
      specversion: '1.0',
      id: '0190a6e6-8b1e-7c3a-9f00-123456789abc',
      source: '/vwu/organisation-service',
      type: UNIT_ESTABLISHED_V1,
      subject: established.unitId,
      time: '2025-07-01T02:00:00Z',
      datacontenttype: 'application/json',
      sequence: '1',
      correlationid: 'c',
      causationid: 'c',
      data: { ...established, extra: 1 },
    };
    const parsed = parsePublicEvent(event);
    expect(parsed).toEqual({ ...event, data: established });
    if (parsed.type === UNIT_ESTABLISHED_V1) {
      expect(parsed.data.establishedOn).toBe('2025-07-01');
    } else {
      throw new Error(`narrowed to the wrong event: ${parsed.type}`);
    }
  });
});

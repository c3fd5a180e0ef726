import { eventType, parseEventType } from './event-type';

describe('event types', () => {
  it('builds vn.vwu.<context>.<EventName>.v<N>', () => {
    expect(eventType('organisation', 'UnitEstablished', 1)).toBe(
      'vn.vwu.organisation.UnitEstablished.v1',
    );
    expect(eventType('membership', 'MemberAdmitted', 12)).toBe(
      'vn.vwu.membership.MemberAdmitted.v12',
    );
  });

  it.each([
    ['a name that is not PascalCase', 'organisation', 'unitEstablished', 1],
    ['a name with a dot', 'organisation', 'Unit.Established', 1],
    ['version 0', 'organisation', 'UnitEstablished', 0],
    ['a fractional version', 'organisation', 'UnitEstablished', 1.5],
    ['a negative version', 'organisation', 'UnitEstablished', -1],
  ] as const)('refuses %s', (_case, context, name, version) => {
    expect(() => eventType(context, name, version)).toThrow(RangeError);
  });

  it('parses a type string into its parts', () => {
    expect(parseEventType('vn.vwu.organisation.UnitRenamed.v2')).toEqual({
      context: 'organisation',
      name: 'UnitRenamed',
      version: 2,
    });
  });

  it('round-trips what it builds', () => {
    expect(parseEventType(eventType('dialogue', 'CaseReferred', 3))).toEqual({
      context: 'dialogue',
      name: 'CaseReferred',
      version: 3,
    });
  });

  it.each([
    'vn.vwu.organisation.UnitRenamed',
    'vn.vwu.organisation.UnitRenamed.v0',
    'vn.vwu.organisation.UnitRenamed.V1',
    'com.example.organisation.UnitRenamed.v1',
    'vn.vwu.Organisation.UnitRenamed.v1',
    'vn.vwu.organisation.UnitRenamed.v1 ',
    '',
  ])('gives undefined for %j', (type) => {
    expect(parseEventType(type)).toBeUndefined();
  });
});

import { type CloudEventAttributes, cloudEventAttributesSchema } from './cloud-event';

const attributes: CloudEventAttributes = {
  specversion: '1.0',
  id: '0190a6e6-8b1e-7c3a-9f00-123456789abc',
  source: '/vwu/organisation-service',
  type: 'vn.vwu.organisation.UnitEstablished.v1',
  subject: '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10',
  time: '2025-03-01T08:30:00.123Z',
  datacontenttype: 'application/json',
  sequence: '1',
  correlationid: 'c6f1d1c2-1f7e-4a52-a0c4-6a3f0e1d2b3c',
  causationid: '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
};

function problemsWith(change: Partial<Record<keyof CloudEventAttributes, unknown>>): string[] {
  const result = cloudEventAttributesSchema.safeParse({ ...attributes, ...change });
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('CloudEvent attributes', () => {
  it('accepts a complete envelope, with or without traceparent', () => {
    expect(cloudEventAttributesSchema.parse(attributes)).toEqual(attributes);
    expect(problemsWith({ traceparent: undefined })).toEqual([]);
  });

  it('accepts RFC 3339 times with an offset', () => {
    expect(problemsWith({ time: '2025-03-01T15:30:00+07:00' })).toEqual([]);
  });

  it.each([
    ['specversion', '0.3'],
    ['id', ''],
    ['source', 'organisation-service'],
    ['source', '/vwu/'],
    ['source', '/other/organisation-service'],
    ['type', 'UnitEstablished'],
    ['type', 'vn.vwu.organisation.UnitEstablished'],
    ['subject', ''],
    ['time', '2025-03-01'],
    ['time', '2025-03-01T08:30Z'],
    ['time', '2025-02-30T08:30:00Z'],
    ['time', '2025-03-01 08:30:00Z'],
    ['datacontenttype', 'text/plain'],
    ['sequence', '0'],
    ['sequence', '01'],
    ['sequence', '-1'],
    ['sequence', '1.0'],
    ['sequence', '1234567890123456'],
    ['sequence', 1],
    ['correlationid', ''],
    ['causationid', ''],
    ['traceparent', '01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['traceparent', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01'],
    ['traceparent', '00-00000000000000000000000000000000-00f067aa0ba902b7-01'],
    ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01'],
    ['traceparent', '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7'],
  ] as const)('refuses %s %j', (attribute, value) => {
    expect(problemsWith({ [attribute]: value })).toEqual([attribute]);
  });

  it.each([
    'specversion',
    'id',
    'source',
    'type',
    'subject',
    'time',
    'datacontenttype',
    'sequence',
    'correlationid',
    'causationid',
  ] as const)('requires %s', (attribute) => {
    expect(problemsWith({ [attribute]: undefined })).toEqual([attribute]);
  });

  it('allows the largest sequence every consumer can read as a number', () => {
    expect(problemsWith({ sequence: '999999999999999' })).toEqual([]);
  });
});

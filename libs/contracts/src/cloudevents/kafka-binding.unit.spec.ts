import { MalformedEventError } from '../errors';
import { type CloudEvent } from './cloud-event';
import { type IncomingKafkaMessage, fromKafkaMessage, toKafkaMessage } from './kafka-binding';

const unitId = '3f1c2a64-5a3e-4f4b-9d61-0c8a2b7e9d10';
const event: CloudEvent<unknown> = {
  specversion: '1.0',
  id: '0190a6e6-8b1e-7c3a-9f00-123456789abc',
  source: '/vwu/organisation-service',
  type: 'vn.vwu.organisation.UnitEstablished.v1',
  subject: unitId,
  time: '2025-03-01T08:30:00.123Z',
  datacontenttype: 'application/json',
  sequence: '1',
  correlationid: 'c6f1d1c2-1f7e-4a52-a0c4-6a3f0e1d2b3c',
  causationid: '5d7e8f90-1a2b-4c3d-8e4f-5a6b7c8d9e0f',
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  data: {
    unitId,
    name: 'Hội LHPN phường Kim Mã',
    kind: 'grassroots',
    parentId: null,
    ancestorIds: [],
    establishedOn: '2025-03-01',
  },
};

/** What kafkajs hands a consumer for what a producer sent: Buffers everywhere. */
function delivered(message: ReturnType<typeof toKafkaMessage>): IncomingKafkaMessage {
  return {
    key: Buffer.from(message.key),
    value: Buffer.from(message.value),
    headers: Object.fromEntries(
      Object.entries(message.headers).map(([name, value]) => [name, Buffer.from(value)]),
    ),
  };
}

function decodingError(message: IncomingKafkaMessage): MalformedEventError {
  try {
    fromKafkaMessage(message);
  } catch (error) {
    if (error instanceof MalformedEventError) return error;
    throw error;
  }
  throw new Error('expected a MalformedEventError');
}

function withHeaders(change: Record<string, string | undefined>): IncomingKafkaMessage {
  const message = toKafkaMessage(event);
  return { ...message, headers: { ...message.headers, ...change } };
}

describe('CloudEvents Kafka binding, binary mode', () => {
  it('round-trips an event through Buffers as kafkajs delivers them', () => {
    expect(fromKafkaMessage(delivered(toKafkaMessage(event)))).toEqual(event);
  });

  it('round-trips an event without traceparent', () => {
    const { traceparent: _, ...untraced } = event;
    expect(fromKafkaMessage(delivered(toKafkaMessage(untraced)))).toStrictEqual(untraced);
  });

  it('keys by subject, puts data in the value and attributes in ce_ headers', () => {
    const message = toKafkaMessage(event);
    expect(message.key).toBe(unitId);
    expect(JSON.parse(message.value)).toEqual(event.data);
    expect(message.headers).toEqual({
      ce_specversion: '1.0',
      ce_id: event.id,
      ce_source: '/vwu/organisation-service',
      ce_type: 'vn.vwu.organisation.UnitEstablished.v1',
      ce_subject: unitId,
      ce_time: '2025-03-01T08:30:00.123Z',
      ce_sequence: '1',
      ce_correlationid: event.correlationid,
      ce_causationid: event.causationid,
      ce_traceparent: event.traceparent,
      'content-type': 'application/json',
    });
  });

  it('writes no ce_traceparent header when there is none', () => {
    const { traceparent: _, ...untraced } = event;
    expect(Object.keys(toKafkaMessage(untraced).headers)).not.toContain('ce_traceparent');
  });

  it('reads string headers, single-item header arrays and a content-type with parameters', () => {
    const message = toKafkaMessage(event);
    const decoded = fromKafkaMessage({
      key: null,
      value: message.value,
      headers: {
        ...message.headers,
        ce_id: [Buffer.from(event.id)],
        'content-type': 'application/json; charset=utf-8',
        ce_unknownextension: Buffer.from([0xff, 0xfe]),
        'x-other': undefined,
      },
    });
    expect(decoded).toEqual(event);
  });

  it('does not read the key: ce_subject is the stream id', () => {
    const message = toKafkaMessage(event);
    expect(fromKafkaMessage({ ...message, key: 'another-key' }).subject).toBe(unitId);
  });

  describe('refuses a malformed message with a stable code', () => {
    it('missing-header: names every missing header', () => {
      const error = decodingError(withHeaders({ ce_id: undefined, ce_time: undefined }));
      expect(error.code).toBe('missing-header');
      expect(error.message).toBe('missing header ce_id, ce_time');
    });

    it('missing-header: content-type', () => {
      const error = decodingError(withHeaders({ 'content-type': undefined }));
      expect(error).toMatchObject({
        code: 'missing-header',
        message: 'missing header content-type',
      });
    });

    it('missing-header: no headers at all', () => {
      const error = decodingError({ key: null, value: '{}' });
      expect(error.code).toBe('missing-header');
      expect(error.message).toContain('ce_specversion');
    });

    it('invalid-header: names the header and the rule, not the value', () => {
      const error = decodingError(withHeaders({ ce_sequence: '0', ce_time: 'yesterday 9:00' }));
      expect(error.code).toBe('invalid-header');
      expect(error.message).toBe(
        'invalid header ce_time: must be an RFC 3339 timestamp; ce_sequence: must be a decimal integer from 1',
      );
      expect(error.message).not.toContain('yesterday');
    });

    it('invalid-header: a header given twice', () => {
      const message = toKafkaMessage(event);
      const error = decodingError({
        ...message,
        headers: {
          ...message.headers,
          ce_type: [message.headers['ce_type'] ?? '', 'vn.vwu.x.Y.v1'],
        },
      });
      expect(error).toMatchObject({
        code: 'invalid-header',
        message: 'header ce_type appears 2 times',
      });
    });

    it('invalid-header: a header that is not UTF-8', () => {
      const message = toKafkaMessage(event);
      const error = decodingError({
        ...message,
        headers: { ...message.headers, ce_subject: Buffer.from([0xc3, 0x28]) },
      });
      expect(error).toMatchObject({
        code: 'invalid-header',
        message: 'header ce_subject is not valid UTF-8',
      });
    });

    it.each([
      ['structured mode', 'application/cloudevents+json'],
      ['another media type', 'text/plain'],
      ['a type that merely starts like JSON', 'application/jsonl'],
    ])('unsupported-content-type: %s', (_case, contentType) => {
      const error = decodingError(withHeaders({ 'content-type': contentType }));
      expect(error.code).toBe('unsupported-content-type');
      expect(error.message).not.toContain(contentType);
    });

    it.each([
      ['a tombstone (null value)', null],
      ['an empty value', ''],
      ['a value that is not UTF-8', Buffer.from([0xff, 0x7b, 0x7d])],
    ])('invalid-json: %s', (_case, value) => {
      expect(decodingError({ ...toKafkaMessage(event), value }).code).toBe('invalid-json');
    });

    it('invalid-json: never quotes the payload, not even through the parser message', () => {
      const payload = '{"fullName": "Nguyễn Thị Hoa", "phone": "0912345678"';
      const error = decodingError({ ...toKafkaMessage(event), value: Buffer.from(payload) });
      expect(error.code).toBe('invalid-json');
      expect(error.message).toBe('message value is not valid JSON');
      expect(String(error.stack)).not.toContain('Nguyễn');
      expect(String(error.stack)).not.toContain('0912345678');
      expect(error.cause).toBeUndefined();
    });
  });

  describe('toKafkaMessage', () => {
    it('refuses to encode an event whose attributes break the contract', () => {
      expect(() => toKafkaMessage({ ...event, sequence: '0' })).toThrow(
        expect.objectContaining({ code: 'invalid-header' }) as Error,
      );
    });

    it('invalid-data: refuses data that is not JSON', () => {
      expect(() => toKafkaMessage({ ...event, data: undefined })).toThrow(
        expect.objectContaining({ code: 'invalid-data' }) as Error,
      );
      expect(() => toKafkaMessage({ ...event, data: { count: 1n } })).toThrow(
        expect.objectContaining({ code: 'invalid-data' }) as Error,
      );
    });
  });
});

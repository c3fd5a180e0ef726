import { MalformedEventError } from '@vwu/contracts';
import { errorCode, isTransient } from './dead-letter';

describe('dead-letter classification', () => {
  it.each(['MongoNetworkError', 'MongoServerSelectionError', 'KafkaJSConnectionError'])(
    'treats %s as a store or broker that is away, not as poison',
    (name) => {
      const error = new Error('away');
      error.name = name;
      expect(isTransient(error)).toBe(true);
    },
  );

  it('treats a retryable write as transient and anything else as possible poison', () => {
    const retryable = Object.assign(new Error('x'), {
      errorLabelSet: new Set(['RetryableWriteError']),
    });
    expect(isTransient(retryable)).toBe(true);
    expect(isTransient(new TypeError('cannot read name'))).toBe(false);
    expect(isTransient('not an error')).toBe(false);
  });

  it('codes a malformed event by its defect and any other failure as projection-failed', () => {
    expect(errorCode(new MalformedEventError('invalid-json', 'value is not JSON'))).toBe(
      'invalid-json',
    );
    expect(errorCode(new Error('boom'))).toBe('projection-failed');
  });
});

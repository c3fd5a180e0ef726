import { fingerprintOf, idempotencyKeyOf, sameFingerprint } from './idempotency-key';

describe('Idempotency-Key', () => {
  it('accepts 1 to 255 visible ASCII characters', () => {
    expect(idempotencyKeyOf('8e0f7a4c-5b1d-4a8e-9c3f-2d6b7e1a0f95')).toBe(
      '8e0f7a4c-5b1d-4a8e-9c3f-2d6b7e1a0f95',
    );
    expect(idempotencyKeyOf('x')).toBe('x');
    expect(idempotencyKeyOf('~'.repeat(255))).toHaveLength(255);
    expect(idempotencyKeyOf(undefined)).toBeUndefined();
  });

  it.each([
    ['empty', ''],
    ['too long', 'k'.repeat(256)],
    ['with a space', 'a b'],
    ['with a control character', 'a\tb'],
    ['not ASCII', 'khóa-1'],
    ['sent twice', ['a', 'b']],
  ])('refuses a key %s with 400 idempotency.invalid-key', (_case, key) => {
    expect(() => idempotencyKeyOf(key)).toThrow(
      expect.objectContaining({ status: 400, code: 'idempotency.invalid-key' }) as Error,
    );
  });
});

describe('request fingerprint', () => {
  const body = { name: 'Chi hội 5', parentId: 'unit-ward-3' };

  it('is the method, the path and a sha-256 of the body', () => {
    const fingerprint = fingerprintOf('post', '/api/v1/units', body);
    expect(fingerprint).toEqual({
      method: 'POST',
      path: '/api/v1/units',
      bodySha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
    expect(sameFingerprint(fingerprint, fingerprintOf('POST', '/api/v1/units', { ...body }))).toBe(
      true,
    );
  });

  it('differs with any of them', () => {
    const fingerprint = fingerprintOf('POST', '/api/v1/units', body);
    for (const other of [
      fingerprintOf('PATCH', '/api/v1/units', body),
      fingerprintOf('POST', '/api/v1/units/2', body),
      fingerprintOf('POST', '/api/v1/units', { ...body, name: 'Chi hội 6' }),
      fingerprintOf('POST', '/api/v1/units', undefined),
    ])
      expect(sameFingerprint(fingerprint, other)).toBe(false);
  });
});

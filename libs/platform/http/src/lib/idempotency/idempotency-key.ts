import { createHash } from 'node:crypto';
import { ProblemError } from '../problem/problem';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** 1 to 255 visible ASCII characters: a UUID in practice (draft-ietf-httpapi-idempotency-key). */
const KEY = /^[\x21-\x7e]{1,255}$/;

/** The key of a request; undefined when it sent none; 400 'idempotency.invalid-key' if malformed. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header === 'string' && KEY.test(header)) return header;
  throw new ProblemError(
    400,
    'idempotency.invalid-key',
    'Idempotency-Key phải gồm 1–255 ký tự ASCII nhìn thấy được — the Idempotency-Key must be 1 to 255 visible ASCII characters',
  );
}

/** What makes a retry the same request: a key sent again with anything else is a mistake. */
export interface RequestFingerprint {
  readonly method: string;
  readonly path: string;
  readonly bodySha256: string;
}

export function fingerprintOf(method: string, path: string, body: unknown): RequestFingerprint {
  const json = JSON.stringify(body ?? null);
  return {
    method: method.toUpperCase(),
    path,
    bodySha256: createHash('sha256').update(json).digest('hex'),
  };
}

export function sameFingerprint(a: RequestFingerprint, b: RequestFingerprint): boolean {
  return a.method === b.method && a.path === b.path && a.bodySha256 === b.bodySha256;
}

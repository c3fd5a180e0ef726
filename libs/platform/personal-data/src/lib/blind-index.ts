import { createHmac } from 'node:crypto';

/**
 * A keyed hash of a personal value (a national ID number, a name's words): equal values give
 * equal tokens, so uniqueness and search work on tokens, while the value itself cannot be
 * recovered from them without the secret (VWU_BLIND_INDEX_KEY).
 */
export class BlindIndex {
  private readonly secret: Buffer;

  constructor(base64: string) {
    this.secret = Buffer.from(base64, 'base64');
    if (this.secret.length < 32)
      throw new Error('the blind-index key must be at least 32 bytes, base64-encoded');
  }

  /** The token of a value in a namespace (`cccd`, `name`): unrelated across namespaces. */
  token(namespace: string, value: string): string {
    return createHmac('sha256', this.secret)
      .update(`${namespace}\u0000${value}`, 'utf8')
      .digest('base64url');
  }
}

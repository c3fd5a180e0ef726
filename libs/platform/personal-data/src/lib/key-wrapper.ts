import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Wraps and unwraps data keys with a master key that never leaves its holder: the local master
 * key of the configuration here; a KMS (encrypt/decrypt of a 32-byte key) implements the same.
 */
export interface KeyWrapper {
  /** Names the master key in each wrapped key, so that keys can be rotated. */
  readonly keyId: string;
  wrap(dataKey: Buffer): Promise<Buffer>;
  unwrap(wrapped: Buffer): Promise<Buffer>;
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** A master key given as 32 bytes in base64 (VWU_MASTER_KEY); AES-256-GCM over the data key. */
export class LocalMasterKey implements KeyWrapper {
  private readonly key: Buffer;

  constructor(
    base64: string,
    readonly keyId = 'local-1',
  ) {
    this.key = Buffer.from(base64, 'base64');
    if (this.key.length !== 32)
      throw new Error('the master key must be 32 bytes, base64-encoded (openssl rand -base64 32)');
  }

  wrap(dataKey: Buffer): Promise<Buffer> {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(this.keyId));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Promise.resolve(Buffer.concat([iv, cipher.getAuthTag(), body]));
  }

  unwrap(wrapped: Buffer): Promise<Buffer> {
    const decipher = createDecipheriv('aes-256-gcm', this.key, wrapped.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(this.keyId));
    decipher.setAuthTag(wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const body = wrapped.subarray(IV_BYTES + TAG_BYTES);
    return Promise.resolve(Buffer.concat([decipher.update(body), decipher.final()]));
  }
}

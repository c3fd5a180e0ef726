import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type DataKeys, type StoredKey } from './data-keys';
import type { KeyWrapper } from './key-wrapper';

/** The subject was erased on request: nothing is sealed for her any more. */
export class SubjectErasedError extends Error {
  readonly code = 'personal-data.erased';

  constructor() {
    super('the data subject was erased on request: her personal data cannot be stored');
    this.name = 'SubjectErasedError';
  }
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * Personal data sealed per data subject (ARCHITECTURE.md, "Personal data"): AES-256-GCM under a
 * data key of her own, the key wrapped by the master key and stored apart. The subject's id is
 * the additional authenticated data, so a sealed value copied onto another subject does not
 * open. Erasure deletes the key (crypto-shredding): every copy, in the event store, in backups,
 * in read models, is noise from then on.
 *
 * Sealed form: `v1.<base64url iv>.<base64url tag + ciphertext>`.
 */
export class PersonalDataVault {
  constructor(
    private readonly keys: DataKeys,
    private readonly wrapper: KeyWrapper,
  ) {}

  async seal(subjectId: string, data: unknown): Promise<string> {
    return this.sealWith(await this.keyFor(subjectId), subjectId, data);
  }

  private sealWith(key: Buffer, subjectId: string, data: unknown): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(subjectId));
    const body = Buffer.concat([cipher.update(JSON.stringify(data), 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([cipher.getAuthTag(), body]);
    return [VERSION, iv.toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /**
   * Seals the data of many subjects (a bulk import): their keys are created in one write, the
   * existing key of a subject kept. In the order given.
   */
  async sealAll(entries: readonly { subjectId: string; data: unknown }[]): Promise<string[]> {
    const raw = new Map<string, Buffer>();
    const fresh = new Map<string, { keyId: string; wrapped: Buffer }>();
    for (const { subjectId } of entries) {
      const key = randomBytes(32);
      raw.set(subjectId, key);
      fresh.set(subjectId, { keyId: this.wrapper.keyId, wrapped: await this.wrapper.wrap(key) });
    }
    const stored = await this.keys.createAll(fresh);
    return Promise.all(
      entries.map(async ({ subjectId, data }) => {
        const key = stored.get(subjectId);
        if (key?.state !== 'active') throw new SubjectErasedError();
        // The key made here, unless she had one already (a resumed import): then hers.
        const mine = key.wrapped.equals(fresh.get(subjectId)?.wrapped ?? Buffer.alloc(0));
        const dataKey = mine ? raw.get(subjectId) : await this.wrapper.unwrap(key.wrapped);
        return this.sealWith(dataKey as Buffer, subjectId, data);
      }),
    );
  }

  /** The data, or undefined once the subject is erased (or was never given a key). */
  async open<T>(subjectId: string, sealed: string): Promise<T | undefined> {
    const stored = await this.keys.get(subjectId);
    if (stored?.state !== 'active') return undefined;
    const [version, iv = '', body = ''] = sealed.split('.');
    if (version !== VERSION) throw new Error(`unknown sealed format ${String(version)}`);
    const bytes = Buffer.from(body, 'base64url');
    const key = await this.wrapper.unwrap(stored.wrapped);
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(subjectId));
    decipher.setAuthTag(bytes.subarray(0, TAG_BYTES));
    const plain = Buffer.concat([decipher.update(bytes.subarray(TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as T;
  }

  erase(subjectId: string, at = new Date()): Promise<void> {
    return this.keys.erase(subjectId, at);
  }

  /** Her data key: the stored one, or a new one (two concurrent first seals agree on one). */
  private async keyFor(subjectId: string): Promise<Buffer> {
    let stored: StoredKey | undefined = await this.keys.get(subjectId);
    if (stored === undefined) {
      const wrapped = await this.wrapper.wrap(randomBytes(32));
      stored = await this.keys.create(subjectId, { keyId: this.wrapper.keyId, wrapped });
    }
    if (stored.state === 'erased') throw new SubjectErasedError();
    return this.wrapper.unwrap(stored.wrapped);
  }
}

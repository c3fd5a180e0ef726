import { DataKeys, type StoredKey } from './data-keys';

/** Data keys in memory: for unit tests, the store's contract without a database. */
export class MemoryDataKeys extends DataKeys {
  readonly stored = new Map<string, StoredKey>();

  create(subjectId: string, key: { keyId: string; wrapped: Buffer }): Promise<StoredKey> {
    if (!this.stored.has(subjectId)) this.stored.set(subjectId, { state: 'active', ...key });
    return Promise.resolve(this.stored.get(subjectId) as StoredKey);
  }

  get(subjectId: string): Promise<StoredKey | undefined> {
    return Promise.resolve(this.stored.get(subjectId));
  }

  erase(subjectId: string, at: Date): Promise<void> {
    this.stored.set(subjectId, { state: 'erased', erasedAt: at });
    return Promise.resolve();
  }
}

/** A data subject's wrapped key, or the tombstone left by her erasure. */
export type StoredKey =
  | { readonly state: 'active'; readonly keyId: string; readonly wrapped: Buffer }
  | { readonly state: 'erased'; readonly erasedAt: Date };

/** A data key wrapped by the master key, named by the master key's id. */
export interface NewKey {
  readonly keyId: string;
  readonly wrapped: Buffer;
}

/** One data key per data subject (a member, a legal-aid case), kept apart from the data. */
export abstract class DataKeys {
  /** Stores the key unless the subject has one (or was erased); returns what is stored then. */
  abstract create(subjectId: string, key: NewKey): Promise<StoredKey>;
  abstract get(subjectId: string): Promise<StoredKey | undefined>;

  /**
   * `create` for many subjects (a bulk import): what is stored for each afterwards. A store may
   * do it in one write; this default creates one by one.
   */
  async createAll(keys: ReadonlyMap<string, NewKey>): Promise<Map<string, StoredKey>> {
    const stored = new Map<string, StoredKey>();
    for (const [subjectId, key] of keys) stored.set(subjectId, await this.create(subjectId, key));
    return stored;
  }
  /** Replaces the key with a tombstone: every sealed copy of her data is unreadable from now. */
  abstract erase(subjectId: string, at: Date): Promise<void>;
}

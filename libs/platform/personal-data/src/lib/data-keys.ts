/** A data subject's wrapped key, or the tombstone left by her erasure. */
export type StoredKey =
  | { readonly state: 'active'; readonly keyId: string; readonly wrapped: Buffer }
  | { readonly state: 'erased'; readonly erasedAt: Date };

/** One data key per data subject (a member, a legal-aid case), kept apart from the data. */
export abstract class DataKeys {
  /** Stores the key unless the subject has one (or was erased); returns what is stored then. */
  abstract create(subjectId: string, key: { keyId: string; wrapped: Buffer }): Promise<StoredKey>;
  abstract get(subjectId: string): Promise<StoredKey | undefined>;
  /** Replaces the key with a tombstone: every sealed copy of her data is unreadable from now. */
  abstract erase(subjectId: string, at: Date): Promise<void>;
}

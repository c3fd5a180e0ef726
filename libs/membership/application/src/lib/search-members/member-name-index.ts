/** One member in the directory: where she is, and the tokens of her name; never the name. */
export interface NameEntry {
  readonly memberId: string;
  /** Her branch's ancestors and the branch: a search under any of them finds her. */
  readonly path: readonly string[];
  readonly tokens: readonly string[];
}

export interface NameSearch {
  /** All must match (each query word, as a prefix of one of her name's words). */
  readonly tokens: readonly string[];
  readonly unitId: string;
  readonly limit: number;
  /** The last member id of the previous page. */
  readonly after?: string;
}

/**
 * The member directory (tìm hội viên theo tên): kept from the service's own events
 * (MemberNameIndexer), an entry removed when she is erased.
 */
export abstract class MemberNameIndex {
  /** Writes these entries whole and removes those members' entries, in one round trip. */
  abstract write(entries: readonly NameEntry[], removed: readonly string[]): Promise<void>;
  /** Member ids in id order, at most `limit`. */
  abstract search(search: NameSearch): Promise<string[]>;
}

/**
 * A merger or dissolution that was decided but whose children may not all have moved yet. It is
 * recorded before the closure is appended and removed once every child has moved, so that a
 * crash in between is finished on the next start (see ClosureResumer).
 */
export interface PendingClosure {
  readonly unitId: string;
  readonly reason: 'merged' | 'dissolved';
  readonly successorId: string | null;
  readonly on: string;
  /** Who asked, so that the finishing moves carry the same actor and correlation. */
  readonly userId: string;
  readonly correlationId: string;
}

export abstract class PendingClosures {
  abstract record(closure: PendingClosure): Promise<void>;
  abstract done(unitId: string): Promise<void>;
  abstract all(): Promise<readonly PendingClosure[]>;
}

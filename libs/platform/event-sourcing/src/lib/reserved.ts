import type { DomainError } from '@vwu/platform-decider';
import { randomUUID } from 'node:crypto';
import type { CommandEnvelope } from './command-handler';
import { ReservationTakenError, type OwnerHolds } from './reservations';

/** What taking reservations around an append needs of the store (ReservationStore has it). */
export interface ReservationHolder {
  reserve(id: string, owner: string, ownerHolds: OwnerHolds): Promise<void>;
  confirm(id: string, owner: string): Promise<void>;
  release(id: string, owner: string): Promise<void>;
}

export interface WantedReservation {
  readonly id: string;
  readonly ownerHolds: OwnerHolds;
  /** The business error when somebody else holds the value (409 at the API). */
  readonly taken: () => DomainError;
}

/**
 * Takes every reservation a command needs, runs the append, then confirms them; if anything
 * fails, releases what it took, so a refused command leaves no value blocked.
 */
export async function withReservations<T>(
  reservations: ReservationHolder,
  wanted: readonly WantedReservation[],
  owner: string,
  append: () => Promise<T>,
): Promise<T> {
  const taken: string[] = [];
  try {
    for (const { id, ownerHolds, taken: conflict } of wanted) {
      await reservations.reserve(id, owner, ownerHolds).catch((error: unknown) => {
        throw error instanceof ReservationTakenError ? conflict() : error;
      });
      taken.push(id);
    }
    const result = await append();
    await Promise.all(taken.map((id) => reservations.confirm(id, owner)));
    return result;
  } catch (error) {
    await Promise.all(taken.map((id) => reservations.release(id, owner)));
    throw error;
  }
}

/** Who acts, as a commit records it. */
export interface ActingUser {
  readonly userId: string;
  readonly correlationId: string;
  readonly traceparent?: string;
}

/** A command as the generic handler takes it: for the actor, now, with fresh event ids. */
export function envelope<C>(streamId: string, command: C, actor: ActingUser): CommandEnvelope<C> {
  return {
    streamId,
    command,
    metadata: commitMetadata(actor, randomUUID()),
    now: new Date(),
    newEventId: randomUUID,
  };
}

/** Metadata of a commit made for an actor. */
export function commitMetadata(actor: ActingUser, causationId: string) {
  return {
    correlationId: actor.correlationId,
    causationId,
    actor: actor.userId,
    ...(actor.traceparent ? { traceparent: actor.traceparent } : {}),
  };
}

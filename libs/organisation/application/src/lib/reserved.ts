import type { DomainError } from '@vwu/platform-decider';
import {
  ReservationTakenError,
  type CommandEnvelope,
  type OwnerHolds,
} from '@vwu/platform-event-sourcing';
import { randomUUID } from 'node:crypto';
import type { Reservations } from './ports';

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
  reservations: Reservations,
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

/** A command as the generic handler takes it: for the actor, now, with fresh event ids. */
export function envelope<C>(
  streamId: string,
  command: C,
  actor: { userId: string; correlationId: string; traceparent?: string },
): CommandEnvelope<C> {
  return {
    streamId,
    command,
    metadata: commitMetadata(actor, randomUUID()),
    now: new Date(),
    newEventId: randomUUID,
  };
}

/** Metadata of a commit made for an actor. */
export function commitMetadata(
  actor: { userId: string; correlationId: string; traceparent?: string },
  causationId: string,
) {
  return {
    correlationId: actor.correlationId,
    causationId,
    actor: actor.userId,
    ...(actor.traceparent ? { traceparent: actor.traceparent } : {}),
  };
}

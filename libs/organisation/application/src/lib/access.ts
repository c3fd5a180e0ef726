import {
  assertInScope,
  assertPermission,
  type Actor,
  type Permission,
  type Principal,
  type Role,
} from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';

/**
 * Defence in depth: the gateway checked already; the service checks again against the unit's
 * place in the tree as its own streams record it (403 `auth.forbidden` / `auth.out-of-scope`).
 */
export function authorise(actor: Actor, permission: Permission, path: readonly string[]): void {
  const principal = principalOf(actor);
  assertPermission(principal, permission);
  assertInScope(principal, path);
}

/** The actor as the auth rules see it. */
export function principalOf(actor: Actor): Principal {
  return {
    userId: actor.userId,
    roles: actor.roles as readonly Role[],
    scopeUnitId: actor.scopeUnitId,
  };
}

export class NameTakenError extends DomainError {
  readonly code = 'organisation.name-taken';
  readonly kind = 'conflict';
}

export class RootExistsError extends DomainError {
  readonly code = 'organisation.root-exists';
  readonly kind = 'conflict';
}

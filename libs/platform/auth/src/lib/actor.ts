import { assertInScope, assertPermission, type Principal } from './principal';
import { isRole, type Permission } from './roles';

/**
 * Who acts and why, in a service: the principal its token verified again there (the gateway is
 * not trusted blindly) and the request's trace. Application handlers take it with each command.
 */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
  readonly scopeUnitId: string;
  readonly correlationId: string;
  readonly traceparent?: string;
}

/** The actor as the auth rules see it. */
export function principalOf(actor: Actor): Principal {
  return {
    userId: actor.userId,
    roles: actor.roles.filter(isRole),
    scopeUnitId: actor.scopeUnitId,
  };
}

/**
 * Defence in depth: the gateway checked already; a service checks again against the unit's
 * place in the tree as its own streams record it (403 `auth.forbidden` / `auth.out-of-scope`).
 */
export function authorise(actor: Actor, permission: Permission, path: readonly string[]): void {
  const principal = principalOf(actor);
  assertPermission(principal, permission);
  assertInScope(principal, path);
}

import { z } from 'zod';
import { PermissionDeniedError } from './errors';
import { isRole, permissionsOf, type Permission, type Role } from './roles';

/** Who sends a request, as the verified token says. */
export interface Principal {
  readonly userId: string;
  readonly roles: readonly Role[];
  /** The unit the user is assigned to: they act on its subtree only. */
  readonly scopeUnitId: string;
}

/**
 * The claims this platform reads. Role ids it does not know are dropped rather than refused: an
 * identity provider may carry roles of other applications, and an unknown role grants nothing.
 */
export const principalClaimsSchema = z
  .object({
    sub: z.string().trim().min(1),
    unit: z.string().trim().min(1),
    roles: z.array(z.string()),
  })
  .transform((claims): Principal => ({
    userId: claims.sub,
    roles: [...new Set(claims.roles.filter(isRole))],
    scopeUnitId: claims.unit,
  }));

export function hasPermission(principal: Principal, permission: Permission): boolean {
  return permissionsOf(principal.roles).has(permission);
}

/**
 * Whether the target unit lies in the principal's subtree. `unitPath` is the target's ancestorIds
 * followed by its own id, root first, as the units read model stores them.
 */
export function inScope(principal: Principal, unitPath: readonly string[]): boolean {
  return unitPath.includes(principal.scopeUnitId);
}

/** For handlers that re-check on every command: throws 403 rather than returning false. */
export function assertPermission(principal: Principal, ...permissions: Permission[]): void {
  const missing = permissions.filter((permission) => !hasPermission(principal, permission));
  if (missing.length > 0)
    throw new PermissionDeniedError(
      'auth.forbidden',
      `Không có quyền — missing permission ${missing.join(', ')}`,
    );
}

export function assertInScope(principal: Principal, unitPath: readonly string[]): void {
  if (!inScope(principal, unitPath))
    throw new PermissionDeniedError(
      'auth.out-of-scope',
      'Đơn vị nằm ngoài phạm vi được giao — the unit is outside your scope',
    );
}

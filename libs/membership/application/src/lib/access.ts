import {
  assertInScope,
  assertPermission,
  type Actor,
  type Permission,
  type Role,
} from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';

/** Defence in depth: the service checks the permission and the scope again on every command. */
export function authorise(actor: Actor, permission: Permission, path: readonly string[]): void {
  const principal = { ...actor, roles: actor.roles as readonly Role[] };
  assertPermission(principal, permission);
  assertInScope(principal, path);
}

export class NationalIdTakenError extends DomainError {
  readonly code = 'membership.national-id-taken';
  readonly kind = 'conflict';
  constructor() {
    super(
      'Số CCCD đã thuộc một hội viên khác đang sinh hoạt — another active member has this national ID number',
    );
  }
}

/** The member's branch and its ancestors: the scope that acts on her. */
export function memberPath(member: {
  readonly ancestorIds: readonly string[];
  readonly branchId: string;
}): readonly string[] {
  return [...member.ancestorIds, member.branchId];
}

import { DomainError } from '@vwu/platform-decider';

// The service checks the permission and the scope again on every command (defence in depth).
export { authorise } from '@vwu/platform-auth';

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

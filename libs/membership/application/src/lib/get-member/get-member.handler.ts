import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { MemberRecord } from '@vwu/membership-domain';
import { hasPermission, type Role } from '@vwu/platform-auth';
import { authorise, memberPath } from '../access';
import { MemberPersonalData, MemberWorkspace, requireMember } from '../member-streams';
import {
  maskPersonalFields,
  type MaskedPersonalFields,
  type PersonalFields,
} from '../personal-fields';
import { GetMemberQuery } from './get-member.query';

/** Her record as GET /api/v1/members/{id} answers it (internal-api's `memberView`). */
export type MemberDto = Pick<
  MemberRecord,
  | 'status'
  | 'branchId'
  | 'ancestorIds'
  | 'groupId'
  | 'birthYear'
  | 'specialGroups'
  | 'admittedOn'
  | 'fees'
  | 'erased'
> & {
  readonly id: string;
  readonly version: number;
  /** In full for roles with `members:personal-data`, masked for others, null once erased. */
  readonly personal: PersonalFields | MaskedPersonalFields | null;
};

/** A member as her branch's scope reads her; her personal fields only as far as the role needs. */
@QueryHandler(GetMemberQuery)
export class GetMemberHandler implements IQueryHandler<GetMemberQuery, MemberDto> {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
  ) {}

  async execute({ memberId, actor }: GetMemberQuery): Promise<MemberDto> {
    const loaded = await this.members.load(memberId);
    const member = requireMember(loaded);
    authorise(actor, 'members:read', memberPath(member));
    // Erased is erased, even in the moment before her key is shredded (EraseMemberHandler).
    const fields =
      loaded.sealed && !member.erased
        ? await this.personalData.vault.open<PersonalFields>(memberId, loaded.sealed)
        : undefined;
    const principal = { ...actor, roles: actor.roles as readonly Role[] };
    const full = hasPermission(principal, 'members:personal-data');
    return {
      id: memberId,
      status: member.status,
      branchId: member.branchId,
      ancestorIds: member.ancestorIds,
      groupId: member.groupId,
      birthYear: member.birthYear,
      specialGroups: member.specialGroups,
      admittedOn: member.admittedOn,
      fees: member.fees,
      erased: member.erased,
      version: loaded.version,
      personal: fields ? (full ? fields : maskPersonalFields(fields)) : null,
    };
  }
}

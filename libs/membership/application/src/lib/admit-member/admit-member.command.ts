import type { SpecialGroup } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import type { PersonalFields } from '../personal-fields';

export interface AdmitMemberInput {
  readonly branchId: string;
  readonly groupId: string | null;
  readonly admittedOn: string;
  readonly specialGroups: readonly SpecialGroup[];
  readonly personal: PersonalFields;
}

/** Kết nạp hội viên. */
export class AdmitMemberCommand {
  constructor(
    readonly input: AdmitMemberInput,
    readonly actor: Actor,
    readonly memberId: string,
  ) {}
}

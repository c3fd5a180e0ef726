import type { ClubType } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';

export interface FoundClubInput {
  readonly unitId: string;
  readonly name: string;
  readonly type: ClubType;
  readonly foundedOn: string;
}

/** Thành lập CLB, mô hình: under a unit of the actor's scope. */
export class FoundClubCommand {
  constructor(
    readonly input: FoundClubInput,
    readonly actor: Actor,
    readonly clubId: string,
  ) {}
}

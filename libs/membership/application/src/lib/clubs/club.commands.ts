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

export class RenameClubCommand {
  constructor(
    readonly clubId: string,
    readonly name: string,
    readonly actor: Actor,
  ) {}
}

/** Tham gia CLB: an active member, whose branch is in the actor's scope too. */
export class JoinClubCommand {
  constructor(
    readonly clubId: string,
    readonly input: { readonly memberId: string; readonly joinedOn: string },
    readonly actor: Actor,
  ) {}
}

/** Rời CLB, on her own. */
export class LeaveClubCommand {
  constructor(
    readonly clubId: string,
    readonly input: { readonly memberId: string; readonly leftOn: string },
    readonly actor: Actor,
  ) {}
}

/** Giải thể CLB. */
export class DissolveClubCommand {
  constructor(
    readonly clubId: string,
    readonly dissolvedOn: string,
    readonly actor: Actor,
  ) {}
}

export class GetClubQuery {
  constructor(
    readonly clubId: string,
    readonly actor: Actor,
  ) {}
}

/** The clubs founded under a unit (not its subtree), open or dissolved. */
export class ListClubsQuery {
  constructor(
    readonly unitId: string,
    readonly status: 'open' | 'dissolved' | undefined,
    readonly actor: Actor,
  ) {}
}

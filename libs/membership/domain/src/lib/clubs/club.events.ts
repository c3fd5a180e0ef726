import type {
  ClubDissolvedV1Data,
  ClubFoundedV1Data,
  ClubMemberJoinedV1Data,
  ClubMemberLeftV1Data,
  ClubRenamedV1Data,
} from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';
import type { ClubLeaveReason, ClubType } from './club.values';

// A club's stream (club-<clubId>). Member ids only: a club holds nothing personal. The data is
// the public v1 contract's (libs/contracts), read-only.

// The domain's club types are a closed catalogue; the contract's are open ("more may come").
export interface ClubFounded {
  readonly type: 'ClubFounded';
  readonly data: DeepReadonly<Omit<ClubFoundedV1Data, 'clubType'>> & {
    readonly clubType: ClubType;
  };
}

export interface ClubRenamed {
  readonly type: 'ClubRenamed';
  readonly data: DeepReadonly<ClubRenamedV1Data>;
}

export interface ClubMemberJoined {
  readonly type: 'ClubMemberJoined';
  readonly data: DeepReadonly<ClubMemberJoinedV1Data>;
}

// The domain's leave reasons are closed; the contract's are open ("more may come").
export interface ClubMemberLeft {
  readonly type: 'ClubMemberLeft';
  readonly data: DeepReadonly<Omit<ClubMemberLeftV1Data, 'reason'>> & {
    readonly reason: ClubLeaveReason;
  };
}

export interface ClubDissolved {
  readonly type: 'ClubDissolved';
  readonly data: DeepReadonly<ClubDissolvedV1Data>;
}

export type ClubEvent =
  ClubFounded | ClubRenamed | ClubMemberJoined | ClubMemberLeft | ClubDissolved;

import type { Actor } from '@vwu/platform-auth';

/**
 * An erasure request (Decree 13/2023), once her membership has ended: her personal data is
 * shredded, her counts stay.
 */
export class EraseMemberCommand {
  constructor(
    readonly memberId: string,
    readonly erasedOn: string,
    readonly actor: Actor,
  ) {}
}

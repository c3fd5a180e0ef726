import type { Actor } from '@vwu/platform-auth';

/** New contact details (phone, address): merged into her sealed personal fields. */
export class UpdateMemberContactCommand {
  constructor(
    readonly memberId: string,
    readonly contact: { readonly phone?: string; readonly address?: string },
    readonly actor: Actor,
  ) {}
}

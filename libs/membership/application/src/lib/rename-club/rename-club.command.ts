import type { Actor } from '@vwu/platform-auth';

export class RenameClubCommand {
  constructor(
    readonly clubId: string,
    readonly name: string,
    readonly actor: Actor,
  ) {}
}

import type { ClubCommand } from '@vwu/membership-domain';
import type { Actor } from '@vwu/platform-auth';
import { authorise } from '../access';
import type { MemberCommandResult } from '../ports';
import { clubPath, type ClubWorkspace, requireClub } from './club-workspace';

/** A change of a club that needs nothing but its unit's scope. */
export async function changeClub(
  clubs: ClubWorkspace,
  clubId: string,
  actor: Actor,
  command: ClubCommand,
): Promise<MemberCommandResult> {
  authorise(actor, 'members:write', clubPath(requireClub(await clubs.load(clubId))));
  const outcome = await clubs.handle(clubId, command, actor);
  return { id: clubId, version: outcome.version };
}

import type { Actor } from '@vwu/platform-auth';
import type { PostEndReason } from '@vwu/training-domain';

/** Thôi giữ chức vụ: the post ends from a day on, for a reason. */
export class EndCadrePostCommand {
  constructor(
    readonly cadreId: string,
    readonly postId: string,
    readonly input: { readonly endedOn: string; readonly reason: PostEndReason },
    readonly actor: Actor,
  ) {}
}

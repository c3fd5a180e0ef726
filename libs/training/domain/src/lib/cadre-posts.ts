import type { CalendarDate } from '@vwu/platform-decider';
import type { AppointCadre, EndCadrePost, PositionAt, RotateCadre } from './cadre.commands';
import {
  PositionNotAtUnitKindError,
  PostEndedError,
  PostHeldError,
  PostNotFoundError,
  UnknownPositionError,
} from './cadre.errors';
import type { CadreAppointed, CadrePostEnded, CadreRotated } from './cadre.events';
import { openPosts, type CadrePost, type CadreRecord, type CadreState } from './cadre.state';
import { requireActiveUnit, requireDay, requireLiveCadre, requireNotBefore } from './cadre-guards';

/** The position exists at the unit's kind, and she does not hold it there already. */
function requirePositionAt(cadre: CadreRecord, { unit, position, definition }: PositionAt): void {
  requireActiveUnit(unit);
  if (!definition) throw new UnknownPositionError(position);
  if (!definition.unitKinds.includes(unit.kind))
    throw new PositionNotAtUnitKindError(position, unit.kind);
  const held = openPosts(cadre).some((p) => p.unitId === unit.unitId && p.position === position);
  if (held) throw new PostHeldError(position, unit.unitId);
}

function requireOpenPost(cadre: CadreRecord, postId: string): CadrePost {
  const post = cadre.posts[postId];
  if (!post) throw new PostNotFoundError(postId);
  if (post.endedOn !== null) throw new PostEndedError(postId, post.endedOn);
  return post;
}

const postAt = (postId: string, { unit, position, definition }: PositionAt) => ({
  postId,
  unitId: unit.unitId,
  ancestorIds: unit.ancestorIds,
  unitKind: unit.kind,
  position,
  figures: definition?.figures ?? [],
});

export function appointCadre(command: AppointCadre, state: CadreState): CadreAppointed[] {
  const cadre = requireLiveCadre(state, command.cadreId);
  requirePositionAt(cadre, command.at);
  const appointedOn = requireDay(command.appointedOn, 'appointedOn', command.today);
  const data = { cadreId: cadre.cadreId, ...postAt(command.postId, command.at), appointedOn };
  return [{ type: 'CadreAppointed', data }];
}

function requireEndAfter(post: CadrePost, on: CalendarDate, field: string, today: CalendarDate) {
  requireDay(on, field, today);
  requireNotBefore(on, post.appointedOn, field);
}

/** The post ends from a day after its appointment; an ended post cannot end again. */
export function endCadrePost(command: EndCadrePost, state: CadreState): CadrePostEnded[] {
  const { cadreId, postId, endedOn, reason, today } = command;
  const post = requireOpenPost(requireLiveCadre(state, cadreId), postId);
  requireEndAfter(post, endedOn, 'endedOn', today);
  const { unitId, position } = post;
  return [{ type: 'CadrePostEnded', data: { cadreId, postId, unitId, position, endedOn, reason } }];
}

/** One operation: the old post ends and the new one starts on the same day. */
export function rotateCadre(command: RotateCadre, state: CadreState): CadreRotated[] {
  const cadre = requireLiveCadre(state, command.cadreId);
  const from = requireOpenPost(cadre, command.fromPostId);
  // The old post does not count as held: a rotation may move her to the same position elsewhere.
  requirePositionAt(withoutPost(cadre, from.postId), command.at);
  requireEndAfter(from, command.rotatedOn, 'rotatedOn', command.today);
  const data = {
    cadreId: cadre.cadreId,
    endedPostId: from.postId,
    fromUnitId: from.unitId,
    fromPosition: from.position,
    ...postAt(command.postId, command.at),
    rotatedOn: command.rotatedOn,
  };
  return [{ type: 'CadreRotated', data }];
}

function withoutPost(cadre: CadreRecord, postId: string): CadreRecord {
  return {
    ...cadre,
    posts: Object.fromEntries(Object.entries(cadre.posts).filter(([id]) => id !== postId)),
  };
}

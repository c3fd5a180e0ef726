import type { CloseUnitPosts } from './cadre.commands';
import type { CadrePostEnded, CadreRecordMoved } from './cadre.events';
import { openPosts, type CadreState } from './cadre.state';
import { requireCadre } from './cadre-guards';

/**
 * A merged or dissolved unit: her posts there end on its last day (or on the day of an
 * appointment made after it), and her record follows it to the successor. Exactly once in
 * effect: a repeat finds the posts ended and the record moved, and decides nothing.
 */
export function closeUnitPosts(
  { cadreId, unitId, successor, closedOn }: CloseUnitPosts,
  state: CadreState,
): (CadrePostEnded | CadreRecordMoved)[] {
  const cadre = requireCadre(state, cadreId);
  const ended: CadrePostEnded[] = openPosts(cadre)
    .filter((post) => post.unitId === unitId)
    .map(({ postId, position, appointedOn }) => ({
      type: 'CadrePostEnded',
      data: {
        cadreId,
        postId,
        unitId,
        position,
        endedOn: appointedOn > closedOn ? appointedOn : closedOn,
        reason: 'unit-closed',
      },
    }));
  if (cadre.unitId !== unitId || !successor?.active) return ended;
  const moved: CadreRecordMoved = {
    type: 'CadreRecordMoved',
    data: {
      cadreId,
      fromUnitId: unitId,
      unitId: successor.unitId,
      ancestorIds: successor.ancestorIds,
      movedOn: closedOn,
    },
  };
  return [...ended, moved];
}

import type { CadreUnitFacts } from '@vwu/training-domain';
import { positionAt, UnitSeats } from '../seats';
import type { ImportCadre } from './cadre-import-decider';
import type { PlannedCadre } from './cadre-import.job';

/** A unit the directory does not know: refused by the decider as not active. */
const unknownUnit = (unitId: string): CadreUnitFacts => ({
  unitId,
  kind: '',
  ancestorIds: [],
  active: false,
});

/** A planned row as the import decider takes it, her personal data sealed (or '' to simulate). */
export function importCommand(
  row: PlannedCadre,
  units: ReadonlyMap<string, CadreUnitFacts>,
  personal: string,
  today: string,
): ImportCadre {
  const { cadreId, memberId, registeredOn, qualifications, post } = row;
  const unit = units.get(row.unitId) ?? unknownUnit(row.unitId);
  return {
    type: 'ImportCadre',
    register: {
      type: 'RegisterCadre',
      cadreId,
      unit,
      memberId,
      birthDate: row.personal.birthDate,
      personal,
      registeredOn,
      qualifications,
      today,
    },
    appoint: post && {
      type: 'AppointCadre',
      cadreId,
      postId: row.postId,
      at: positionAt(units.get(post.unitId) ?? unknownUnit(post.unitId), post.position),
      appointedOn: post.appointedOn,
      today,
    },
  };
}

/** The single seat a row's post takes (one chairwoman per unit), or undefined for a shared one. */
export function seatOf(
  row: Pick<PlannedCadre, 'post'>,
  units: ReadonlyMap<string, CadreUnitFacts>,
): string | undefined {
  const { post } = row;
  if (!post) return undefined;
  const unit = units.get(post.unitId);
  if (!unit) return undefined;
  return positionAt(unit, post.position).definition?.single
    ? UnitSeats.id(post.unitId, post.position)
    : undefined;
}

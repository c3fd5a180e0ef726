import type { CadreUnitFacts, PositionAt } from '@vwu/training-domain';
import type { Catalogue } from '../catalogue';
import { UnitSeats } from '../seats';
import type { ImportCadre } from './cadre-import-decider';
import type { PlannedCadre } from './cadre-import.job';

/** A unit the directory does not know: refused by the decider as not active. */
const unknownUnit = (unitId: string): CadreUnitFacts => ({
  unitId,
  kind: '',
  ancestorIds: [],
  active: false,
});

/** The units a list names, and the catalogue's positions at them. */
export class UnitPositions {
  constructor(
    readonly units: ReadonlyMap<string, CadreUnitFacts>,
    readonly catalogue: Catalogue,
  ) {}

  unit(unitId: string): CadreUnitFacts {
    return this.units.get(unitId) ?? unknownUnit(unitId);
  }

  at(unitId: string, position: string): PositionAt {
    return this.catalogue.positionAt(this.unit(unitId), position);
  }
}

/** A planned row as the import decider takes it, her personal data sealed (or '' to simulate). */
export function importCommand(
  row: PlannedCadre,
  places: UnitPositions,
  personal: string,
  today: string,
): ImportCadre {
  const { cadreId, memberId, registeredOn, qualifications, post } = row;
  return {
    type: 'ImportCadre',
    register: {
      type: 'RegisterCadre',
      cadreId,
      unit: places.unit(row.unitId),
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
      at: places.at(post.unitId, post.position),
      appointedOn: post.appointedOn,
      today,
    },
  };
}

/** The single seat a row's post takes (one chairwoman per unit), or undefined for a shared one. */
export function seatOf(row: Pick<PlannedCadre, 'post'>, places: UnitPositions): string | undefined {
  const { post } = row;
  if (!post || !places.units.has(post.unitId)) return undefined;
  return places.at(post.unitId, post.position).definition?.single
    ? UnitSeats.id(post.unitId, post.position)
    : undefined;
}

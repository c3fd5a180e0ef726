import type { CadreSuccessionPlannedV1Data } from '@vwu/contracts';
import type { DeepReadonly } from '@vwu/platform-decider';
import type { PositionAt } from './cadre.commands';
import {
  InvalidCadreInputError,
  PositionNotAtUnitKindError,
  UnknownPositionError,
} from './cadre.errors';
import type { CadreState } from './cadre.state';
import { requireActiveUnit, requireLiveCadre } from './cadre-guards';

/** A union congress term (nhiệm kỳ): five years, `2026-2031`. */
export const TERM_PATTERN = /^(\d{4})-(\d{4})$/;
const TERM_YEARS = 5;

/** Quy hoạch cán bộ: she is planned for a position at a unit for a term, once. */
export interface PlanCadreSuccession {
  readonly type: 'PlanCadreSuccession';
  readonly cadreId: string;
  readonly at: PositionAt;
  readonly term: string;
}

export interface CadreSuccessionPlanned {
  readonly type: 'CadreSuccessionPlanned';
  readonly data: DeepReadonly<CadreSuccessionPlannedV1Data>;
}

/** The key of a plan in her record: one per unit, position and term. */
export function planKey(unitId: string, position: string, term: string): string {
  return `${term}:${position}:${unitId}`;
}

function requireTerm(term: string): void {
  const [, from, to] = TERM_PATTERN.exec(term) ?? [];
  if (from === undefined || Number(to) - Number(from) !== TERM_YEARS)
    throw new InvalidCadreInputError(
      `nhiệm kỳ '${term}' phải có dạng 2026-2031 (5 năm) — a term is five years, e.g. 2026-2031`,
    );
}

export function planCadreSuccession(
  { cadreId, at, term }: PlanCadreSuccession,
  state: CadreState,
): readonly CadreSuccessionPlanned[] {
  const cadre = requireLiveCadre(state, cadreId);
  requireActiveUnit(at.unit);
  if (!at.definition) throw new UnknownPositionError(at.position);
  if (!at.definition.unitKinds.includes(at.unit.kind))
    throw new PositionNotAtUnitKindError(at.position, at.unit.kind);
  requireTerm(term);
  const { unitId, ancestorIds } = at.unit;
  if (cadre.plans.includes(planKey(unitId, at.position, term))) return [];
  const data = { cadreId, unitId, ancestorIds, position: at.position, term };
  return [{ type: 'CadreSuccessionPlanned', data }];
}

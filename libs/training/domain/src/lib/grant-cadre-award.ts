import type { CalendarDate } from '@vwu/platform-decider';
import type { CadreAwardedV1Data } from '@vwu/contracts';
import { InvalidCadreInputError } from './cadre.errors';
import type { CadreState } from './cadre.state';
import { isAward } from './cadre.values';
import { requireLiveCadre } from './cadre-guards';

/** Khen thưởng cán bộ: an award (a prize, a title) of a year, once. */
export interface GrantCadreAward {
  readonly type: 'GrantCadreAward';
  readonly cadreId: string;
  readonly award: string;
  readonly year: number;
  readonly today: CalendarDate;
}

export interface CadreAwarded {
  readonly type: 'CadreAwarded';
  readonly data: Readonly<CadreAwardedV1Data>;
}

/** The key of an award in her record: one of each per year. */
export function awardKey(award: string, year: number): string {
  return `${year}:${award}`;
}

export function grantCadreAward(
  { cadreId, award, year, today }: GrantCadreAward,
  state: CadreState,
): readonly CadreAwarded[] {
  const cadre = requireLiveCadre(state, cadreId);
  if (!isAward(award))
    throw new InvalidCadreInputError(
      `'${award}' không phải là một hình thức khen thưởng — '${award}' is not an award of the catalogue`,
    );
  if (year < 1930 || year > Number(today.slice(0, 4)))
    throw new InvalidCadreInputError(
      `năm ${year} không hợp lệ — the year ${year} is not between 1930 and this year`,
    );
  if (cadre.awards.includes(awardKey(award, year))) return [];
  return [{ type: 'CadreAwarded', data: { cadreId, award, year, unitId: cadre.unitId } }];
}

import type { RollupFigures } from '@vwu/projections-organisation';
import { MEMBERSHIP_ROLLUP_FIGURES } from '@vwu/projections-membership';
import { isTrainingFlow, vacancyFigures } from '@vwu/projections-training';

/**
 * What the contexts add to the units' rollups: each unit's own figures (a grassroots union's
 * attraction of members, a unit's vacant chairwoman's seat) and which counts are flows.
 */
export const ROLLUP_FIGURES: RollupFigures = {
  ownFigures: (unit, segments) =>
    vacancyFigures(unit, MEMBERSHIP_ROLLUP_FIGURES.ownFigures(unit, segments)),
  isFlow: (key) => MEMBERSHIP_ROLLUP_FIGURES.isFlow(key) || isTrainingFlow(key),
};

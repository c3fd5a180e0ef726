import { z } from 'zod';
import { eventType } from '../cloudevents/event-type';
import { calendarDate, unitId } from './unit-fields';

export const UNIT_MOVED_V1 = eventType('organisation', 'UnitMoved', 1);
export const UNITS_MERGED_V1 = eventType('organisation', 'UnitsMerged', 1);
export const UNIT_DISSOLVED_V1 = eventType('organisation', 'UnitDissolved', 1);

/** A unit, with its whole subtree, sits under another parent from `movedOn` (chuyển). */
export const UnitMovedV1 = z
  .object({
    unitId: unitId.describe("The moved unit's id; also ce_subject."),
    previousParentId: unitId.describe('The parent until the day before movedOn.'),
    parentId: unitId.describe('The parent from movedOn.'),
    ancestorIds: z
      .array(unitId)
      .min(1)
      .describe(
        "The new ancestors, root first, down to the new parent: the tree as it is from movedOn. The descendants' ancestors change with it; no event is published for each of them.",
      ),
    movedOn: calendarDate.describe('The first day under the new parent, YYYY-MM-DD.'),
    reason: z
      .enum(['moved', 'parent-merged', 'parent-dissolved'])
      .describe(
        "moved: a move of its own; parent-merged / parent-dissolved: the previous parent closed (see UnitsMerged / UnitDissolved) and its children went to the successor. Unknown future values should be read as 'moved'.",
      ),
  })
  .describe(
    'A union unit, with its whole subtree, sits under another parent from movedOn (chuyển). Subject: the unit id.',
  );

/** A unit closed into a successor of the same kind (sáp nhập); the subject is the merged unit. */
export const UnitsMergedV1 = z
  .object({
    unitId: unitId.describe('The merged (closing) unit; also ce_subject.'),
    successorId: unitId.describe(
      'The unit of the same kind that continues it. Its children follow as UnitMoved events with reason parent-merged; the membership context moves its members.',
    ),
    mergedOn: calendarDate.describe('The first day the merged unit no longer exists.'),
  })
  .describe(
    'Sáp nhập: a union unit closed into a successor of the same kind, e.g. the fire-police women’s union into the police women’s union. Its history stays readable; its children and members go to the successor. Subject: the merged unit id.',
  );

/** A unit ended (giải thể); any children and members went to the successor. */
export const UnitDissolvedV1 = z
  .object({
    unitId: unitId.describe('The dissolved unit; also ce_subject.'),
    successorId: unitId
      .nullable()
      .describe(
        'Where its children and members went (UnitMoved with reason parent-dissolved follow); null when the unit was empty.',
      ),
    dissolvedOn: calendarDate.describe('The first day the unit no longer exists.'),
  })
  .describe(
    'Giải thể: a union unit ended, e.g. every district union on 1 July 2025. Subject: the unit id.',
  );

export type UnitMovedV1Data = z.output<typeof UnitMovedV1>;
export type UnitsMergedV1Data = z.output<typeof UnitsMergedV1>;
export type UnitDissolvedV1Data = z.output<typeof UnitDissolvedV1>;

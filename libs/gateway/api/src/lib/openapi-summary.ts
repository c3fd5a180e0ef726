import { errors, json, unitId } from './openapi-parts';

/** The subtree figures: units per kind, ratings and inspections, as of a date. */
export const summaryPaths = {
  '/api/v1/units/{id}/summary': {
    get: {
      summary:
        'Tổng hợp — Units per kind below a unit on a date, and the branches and grassroots unions rated (by grade, good or better, weak) and not inspected in a year',
      description:
        'Read from documents precomputed per unit, as of any date (the structure before and after a restructuring); `children=true` adds the same figures for each unit directly under it on the date (drill-down).',
      operationId: 'getUnitSummary',
      parameters: [
        unitId,
        {
          name: 'year',
          in: 'query',
          schema: { type: 'integer' },
          description: 'The year of the ratings and inspections; the year of asOf if absent.',
        },
        {
          name: 'asOf',
          in: 'query',
          schema: { type: 'string', format: 'date' },
          description: 'The subtree on that date; today if absent.',
        },
        {
          name: 'children',
          in: 'query',
          schema: { type: 'string', enum: ['true', 'false'] },
          description: 'true: also each child’s figures.',
        },
      ],
      responses: {
        '200': { description: 'The figures', content: json('SubtreeSummary') },
        ...errors,
      },
    },
  },
};

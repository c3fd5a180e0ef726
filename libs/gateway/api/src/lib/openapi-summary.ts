import { errors, json, unitId } from './openapi-parts';

/** The subtree figures: units per kind, ratings and inspections, membership, as of a date. */
export const summaryPaths = {
  '/api/v1/units/{id}/summary': {
    get: {
      summary:
        'Tổng hợp — Units per kind below a unit on a date, the branches and grassroots unions rated and inspected in a year, and the membership figures (hội viên, kết nạp, hội phí, thu hút)',
      description:
        'Read from documents precomputed per unit, as of any date (the structure before and after a restructuring); `children=true` adds the same figures for each unit directly under it on the date (drill-down). `members`: active members, admissions in the year and the term, memberships ended, special groups, age bands, the fee payment rate, transfers into and out of the subtree, Party introductions, and the attraction rate against the grassroots unions’ women 18+ (plan 39/KH-BCH: over 60% in every grassroots union). Membership figures are monthly: on any day, those of its month.',
      operationId: 'getUnitSummary',
      parameters: [
        unitId,
        {
          name: 'year',
          in: 'query',
          schema: { type: 'integer' },
          description:
            'The year of the ratings, inspections, admissions, fees and transfers; the year of asOf if absent.',
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

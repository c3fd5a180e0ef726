import type { RatingGrade } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';

/** A fact recorded about a unit: what the API sends; today and the tree come from the service. */
export type UnitFactInput =
  | { readonly type: 'RecordWomenPopulation'; readonly asOf: string; readonly women: number }
  | { readonly type: 'RateUnit'; readonly year: number; readonly grade: RatingGrade }
  | {
      readonly type: 'CorrectRating';
      readonly year: number;
      readonly grade: RatingGrade;
      readonly reason: string;
    }
  | {
      readonly type: 'RecordInspection';
      readonly inspectionId: string;
      readonly inspectedOn: string;
      readonly inspectorUnitId: string;
      readonly findings: string;
      readonly passed: boolean;
    };

/** Dân số nữ, xếp loại, kiểm tra điều lệ: a fact about one unit. */
export class RecordUnitFactCommand {
  constructor(
    readonly unitId: string,
    readonly input: UnitFactInput,
    readonly actor: Actor,
  ) {}
}

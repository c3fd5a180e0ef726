import type { Actor } from '@vwu/platform-auth';

export interface QualificationBody {
  readonly fact: string;
  readonly value: string;
  readonly since: string;
}

/** Trình độ, lý luận chính trị, đảng viên, chuyên trách: a fact from a day on. */
export class RecordQualificationCommand {
  constructor(
    readonly cadreId: string,
    readonly qualification: QualificationBody,
    readonly actor: Actor,
  ) {}
}

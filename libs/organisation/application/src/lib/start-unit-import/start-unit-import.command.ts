import type { Actor } from '@vwu/platform-auth';
import type { TableFormat } from '@vwu/platform-tabular';

export interface StartUnitImportInput {
  readonly content: Buffer;
  readonly format: TableFormat;
  readonly fileName: string;
  /** Where rows with an empty parent go; the actor's scope unit if absent. */
  readonly parentId?: string;
  /** The date of rows without one. */
  readonly establishedOn: string;
}

/** Nhập cơ cấu tổ chức: validate a whole file of units, then import it as a resumable job. */
export class StartUnitImportCommand {
  constructor(
    readonly input: StartUnitImportInput,
    readonly actor: Actor,
  ) {}
}

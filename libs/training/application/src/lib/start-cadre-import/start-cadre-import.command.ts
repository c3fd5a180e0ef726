import type { Actor } from '@vwu/platform-auth';
import type { UploadInput } from '@vwu/platform-imports';

export interface StartCadreImportInput extends UploadInput {
  /** The day the records of rows without one open. */
  readonly registeredOn: string;
}

/** Tiếp nhận hồ sơ cán bộ hàng loạt: validate a whole cadre list, then register it as a job. */
export class StartCadreImportCommand {
  constructor(
    readonly input: StartCadreImportInput,
    readonly actor: Actor,
  ) {}
}

import type { Actor } from '@vwu/platform-auth';
import type { UploadInput } from '@vwu/platform-imports';

export interface StartMemberImportInput extends UploadInput {
  /** The admission date of rows without one. */
  readonly admittedOn: string;
}

/** Kết nạp hội viên hàng loạt: validate a whole member list, then admit it as a resumable job. */
export class StartMemberImportCommand {
  constructor(
    readonly input: StartMemberImportInput,
    readonly actor: Actor,
  ) {}
}

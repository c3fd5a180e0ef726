import type { Actor } from '@vwu/platform-auth';

/** Danh sách hội viên của chi hội: the active members of a branch, as an XLSX workbook. */
export class ExportBranchMembersQuery {
  constructor(
    readonly branchId: string,
    readonly actor: Actor,
  ) {}
}

/** Who is in a branch now, as far as the service's own events have been applied. */
export abstract class BranchRoster {
  abstract activeIn(branchId: string): Promise<string[]>;
}

export interface MemberListFile {
  readonly fileName: string;
  readonly content: Buffer;
}

import type { Actor } from '@vwu/platform-auth';

/** Danh sách cán bộ: the cadres of a unit's subtree, as an XLSX workbook. */
export class ExportUnitCadresQuery {
  constructor(
    readonly unitId: string,
    readonly actor: Actor,
  ) {}
}

/** Whose records a subtree keeps now, as far as the service's own events have been applied. */
export abstract class CadreRoster {
  abstract cadresUnder(unitId: string): Promise<string[]>;
}

export interface CadreListFile {
  readonly fileName: string;
  readonly content: Buffer;
}

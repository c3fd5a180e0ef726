import type { Actor } from '@vwu/platform-auth';

/** Đổi tên đơn vị: a unit's new official name from a date on. */
export class RenameUnitCommand {
  constructor(
    readonly unitId: string,
    readonly input: { readonly name: string; readonly renamedOn: string },
    readonly actor: Actor,
  ) {}
}

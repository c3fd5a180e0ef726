import type { Actor } from '@vwu/platform-auth';

/** Xoá dữ liệu cá nhân: on lawful request, once she holds no post. */
export class EraseCadreCommand {
  constructor(
    readonly cadreId: string,
    readonly erasedOn: string,
    readonly actor: Actor,
  ) {}
}

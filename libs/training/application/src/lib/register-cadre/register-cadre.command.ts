import type { Actor } from '@vwu/platform-auth';
import type { CadrePersonalFields } from '../cadre-streams';

export interface RegisterCadreInput {
  readonly unitId: string;
  readonly memberId: string | null;
  readonly registeredOn: string;
  readonly personal: CadrePersonalFields;
  readonly qualifications: readonly { fact: string; value: string; since: string }[];
}

/** Tiếp nhận hồ sơ cán bộ: at a unit of the actor's scope, her personal fields sealed. */
export class RegisterCadreCommand {
  constructor(
    readonly input: RegisterCadreInput,
    readonly actor: Actor,
    readonly cadreId: string,
  ) {}
}

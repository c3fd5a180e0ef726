import type { BlindIndex, IdentityFields } from '@vwu/platform-personal-data';

/**
 * A member's personal fields (Nghị định 13/2023): sealed under her own data key before they
 * reach a command, shown only to roles with `members:personal-data`, erasable on request.
 */
export interface PersonalFields extends IdentityFields {
  readonly address?: string;
  readonly ethnicity?: string;
  readonly religion?: string;
  readonly occupation?: string;
  readonly education?: string;
}

/**
 * The reservation of a national ID number among active members: a keyed token, so that the
 * reservations collection never holds the number itself.
 */
export function nationalIdReservation(index: BlindIndex, nationalId: string): string {
  return `member-cccd:${index.token('cccd', nationalId)}`;
}

// Masked for roles without `members:personal-data`: platform-personal-data's masking.
export { maskPersonalFields, type MaskedPersonalFields } from '@vwu/platform-personal-data';

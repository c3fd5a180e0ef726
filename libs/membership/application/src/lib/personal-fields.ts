import type { BlindIndex } from '@vwu/platform-personal-data';

/**
 * A member's personal fields (Nghị định 13/2023): sealed under her own data key before they
 * reach a command, shown only to roles with `members:personal-data`, erasable on request.
 */
export interface PersonalFields {
  readonly fullName: string;
  readonly birthDate: string;
  /** CCCD: 12 digits. */
  readonly nationalId: string;
  readonly phone?: string;
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

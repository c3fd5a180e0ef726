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

/** What a role without `members:personal-data` sees: enough to tell members apart, no more. */
export interface MaskedPersonalFields {
  readonly masked: true;
  /** Each word's first letter: "Nguyễn Thị Lan" → "N*** T*** L***". */
  readonly fullName: string;
  readonly birthYear: number;
  /** The last three digits: "*********345". */
  readonly nationalId: string;
  readonly phone?: string;
}

const tail = (value: string, shown: number) =>
  `${'*'.repeat(Math.max(0, value.length - shown))}${value.slice(-shown)}`;

export function maskPersonalFields(fields: PersonalFields): MaskedPersonalFields {
  return {
    masked: true,
    fullName: fields.fullName
      .split(/\s+/u)
      .filter((word) => word !== '')
      .map((word) => `${[...word][0] ?? ''}***`)
      .join(' '),
    birthYear: Number(fields.birthDate.slice(0, 4)),
    nationalId: tail(fields.nationalId, 3),
    ...(fields.phone ? { phone: tail(fields.phone, 3) } : {}),
  };
}

/** The personal fields every person the platform keeps has (a member, a cadre). */
export interface IdentityFields {
  readonly fullName: string;
  readonly birthDate: string;
  /** CCCD: 12 digits. */
  readonly nationalId: string;
  readonly phone?: string;
}

/** What a role without the personal-data permission sees: enough to tell people apart. */
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

export function maskPersonalFields(fields: IdentityFields): MaskedPersonalFields {
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

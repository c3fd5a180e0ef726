import { DEFAULT_POSITION_CATALOGUE, type Qualification } from '@vwu/training-domain';

/** A cell as a label is matched: NFC, lower case, single spaces. */
export function labelKey(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/** Each qualification's values by code and by the Vietnamese label a sheet may use instead. */
export const QUALIFICATION_LABELS: Readonly<
  Record<Qualification, Readonly<Record<string, string>>>
> = {
  education: {
    intermediate: 'trung cấp',
    college: 'cao đẳng',
    university: 'đại học',
    master: 'thạc sĩ',
    doctorate: 'tiến sĩ',
  },
  'political-theory': { elementary: 'sơ cấp', intermediate: 'trung cấp', advanced: 'cao cấp' },
  party: { member: 'có', 'not-member': 'không' },
  'full-time': { 'full-time': 'có', 'part-time': 'không' },
};

/** Yes and no in English too, for the two facts a sheet answers with có/không. */
const YES_NO: Readonly<Record<string, 'có' | 'không'>> = { yes: 'có', no: 'không' };

/** A qualification's code from its code or its label; undefined for neither. */
export function qualificationNamed(fact: Qualification, text: string): string | undefined {
  const key = labelKey(text);
  const labels = QUALIFICATION_LABELS[fact];
  if (Object.hasOwn(labels, key)) return key;
  const label = YES_NO[key] ?? key;
  return Object.entries(labels).find(([, vi]) => vi === label)?.[0];
}

/** What a cell of the fact may say, for an error's reason (labels and codes, never the cell). */
export function acceptedValues(fact: Qualification): string {
  return Object.entries(QUALIFICATION_LABELS[fact])
    .map(([code, vi]) => `${vi} (${code})`)
    .join(', ');
}

/** A position's code from its code or its Vietnamese label (Chủ tịch, Chi hội trưởng, …). */
export function positionNamed(text: string): string | undefined {
  const key = labelKey(text);
  if (Object.hasOwn(DEFAULT_POSITION_CATALOGUE, key)) return key;
  return Object.entries(DEFAULT_POSITION_CATALOGUE).find(
    ([, definition]) => labelKey(definition.label.vi) === key,
  )?.[0];
}

/** A position's Vietnamese label, as the export writes it. */
export function positionLabel(position: string): string {
  return Object.hasOwn(DEFAULT_POSITION_CATALOGUE, position)
    ? (DEFAULT_POSITION_CATALOGUE[position]?.label.vi ?? position)
    : position;
}

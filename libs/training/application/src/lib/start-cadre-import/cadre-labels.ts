import type { Qualification } from '@vwu/training-domain';
import { labelKey } from '../catalogue';

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

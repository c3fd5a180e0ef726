import { SPECIAL_GROUPS, type SpecialGroup } from '@vwu/membership-domain';

/** Each special group's Vietnamese name, as union staff write it (member lists, exports). */
export const SPECIAL_GROUP_LABEL: Readonly<Record<SpecialGroup, string>> = {
  elderly: 'Phụ nữ cao tuổi',
  young: 'Phụ nữ trẻ',
  migrant: 'Phụ nữ di cư',
  intellectual: 'Nữ trí thức',
  disability: 'Phụ nữ khuyết tật',
  'ethnic-minority': 'Phụ nữ dân tộc thiểu số',
  religious: 'Phụ nữ có đạo',
  entrepreneur: 'Nữ doanh nhân',
  worker: 'Nữ công nhân',
  'apartment-resident': 'Cư dân chung cư',
  'small-trader': 'Tiểu thương',
};

/** Other ways lists name them: the label's short form, and kindred labels. */
const ALIASES: Readonly<Record<string, SpecialGroup>> = {
  'cao tuổi': 'elderly',
  trẻ: 'young',
  'di cư': 'migrant',
  'lao động nhập cư': 'migrant',
  'trí thức': 'intellectual',
  'khuyết tật': 'disability',
  'dân tộc thiểu số': 'ethnic-minority',
  'có đạo': 'religious',
  'doanh nhân': 'entrepreneur',
  'công nhân': 'worker',
  'lao động nhà trọ': 'worker',
  'chung cư': 'apartment-resident',
};

const BY_LABEL: ReadonlyMap<string, SpecialGroup> = new Map([
  ...SPECIAL_GROUPS.map(
    (group) => [SPECIAL_GROUP_LABEL[group].toLocaleLowerCase('vi'), group] as const,
  ),
  ...Object.entries(ALIASES),
]);

/** The group a written code or label names (any case, NFC), or undefined. */
export function specialGroupNamed(written: string): SpecialGroup | undefined {
  const key = written.normalize('NFC').trim().toLocaleLowerCase('vi');
  return (SPECIAL_GROUPS as readonly string[]).includes(key)
    ? (key as SpecialGroup)
    : BY_LABEL.get(key);
}

/** The accepted names, for a reason: each label with its code. */
export function acceptedSpecialGroups(): string {
  return SPECIAL_GROUPS.map((group) => `${SPECIAL_GROUP_LABEL[group]} (${group})`).join(', ');
}

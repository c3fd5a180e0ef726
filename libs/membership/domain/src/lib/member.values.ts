/**
 * Nhóm đặc thù: the special groups the union works with (DOMAIN.md), as stable codes. Special
 * groups are non-identifying facts: public events carry them for the KPIs.
 */
export const SPECIAL_GROUPS = [
  'elderly', // phụ nữ cao tuổi
  'young', // phụ nữ trẻ
  'migrant', // phụ nữ di cư, lao động nhập cư
  'intellectual', // nữ trí thức
  'disability', // phụ nữ khuyết tật
  'ethnic-minority', // phụ nữ dân tộc thiểu số
  'religious', // phụ nữ có đạo
  'entrepreneur', // nữ doanh nhân
  'worker', // nữ công nhân, lao động nhà trọ
  'apartment-resident', // cư dân chung cư
  'small-trader', // tiểu thương
] as const;
export type SpecialGroup = (typeof SPECIAL_GROUPS)[number];

export function isSpecialGroup(value: string): value is SpecialGroup {
  return (SPECIAL_GROUPS as readonly string[]).includes(value);
}

/** Why a membership ended, as the reports count it (free text stays out of events). */
export const LEAVE_REASONS = [
  'moved-away', // chuyển nơi ở
  'personal', // lý do cá nhân
  'age-or-health', // tuổi cao, sức yếu
  'deceased', // từ trần
  'charter-breach', // vi phạm điều lệ
  'other',
] as const;
export type LeaveReason = (typeof LEAVE_REASONS)[number];

/** The age a woman must have reached on the day she is admitted (Điều lệ Hội). */
export const MINIMUM_AGE = 18;

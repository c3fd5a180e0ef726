/**
 * Loại câu lạc bộ, mô hình: the kinds of clubs and models (CLB, mô hình) the union runs, as
 * stable codes with their labels. A closed catalogue: a new kind is a deliberate change here
 * (and in the internal API's body schema, which a unit test keeps equal).
 */
export const CLUB_TYPES = {
  'domestic-workers': {
    vi: 'CLB lao động giúp việc gia đình',
    en: "Domestic workers' club",
  },
  'elderly-health': {
    vi: 'CLB phụ nữ cao tuổi chăm sóc sức khoẻ',
    en: "Elderly women's health club",
  },
  'ethnic-minority': {
    vi: 'CLB phụ nữ dân tộc thiểu số',
    en: "Ethnic-minority women's club",
  },
  'young-families': { vi: 'CLB gia đình trẻ', en: 'Young families club' },
  entrepreneurs: {
    vi: 'CLB nữ doanh nhân, phụ nữ khởi nghiệp',
    en: "Women entrepreneurs' and start-up club",
  },
  'migrant-women': {
    vi: 'CLB phụ nữ di cư, nữ công nhân nhà trọ',
    en: "Migrant women's and boarding-house workers' club",
  },
  'domestic-violence-prevention': {
    vi: 'Mô hình phòng chống bạo lực gia đình',
    en: 'Domestic-violence prevention model',
  },
  'savings-credit': { vi: 'Tổ tiết kiệm, vay vốn', en: 'Savings and credit group' },
  'single-mothers': { vi: 'CLB phụ nữ đơn thân', en: "Single mothers' club" },
  'culture-sports': {
    vi: 'CLB văn nghệ, thể dục thể thao',
    en: 'Culture and sports club',
  },
} as const satisfies Readonly<Record<string, { readonly vi: string; readonly en: string }>>;

export type ClubType = keyof typeof CLUB_TYPES;

export function isClubType(value: string): value is ClubType {
  return Object.hasOwn(CLUB_TYPES, value);
}

/** "CLB gia đình trẻ — Young families club": Vietnamese first, English second. */
export function clubTypeLabel(type: ClubType): string {
  const { vi, en } = CLUB_TYPES[type];
  return `${vi} — ${en}`;
}

/**
 * The units a club is founded under: a grassroots union (cơ sở Hội), a unit directly under the
 * city union (đơn vị trực thuộc), or a branch (chi hội). Not the province union (clubs are
 * grassroots work), not a district (abolished in 2025), not a women's group (too small to host).
 */
export const CLUB_UNIT_KINDS: readonly string[] = ['grassroots', 'affiliated', 'branch'];

/** Why a member left a club: her own choice, or the end of her membership of the union. */
export type ClubLeaveReason = 'left-club' | 'membership-ended';

export const MAX_CLUB_NAME = 200;

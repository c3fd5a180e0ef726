import { z } from 'zod';

/** Message patterns of membership-service for clubs and models (CLB, mô hình). */
export const CLUBS_RPC = {
  found: 'membership.clubs.found',
  rename: 'membership.clubs.rename',
  join: 'membership.clubs.join',
  leave: 'membership.clubs.leave',
  dissolve: 'membership.clubs.dissolve',
  get: 'membership.clubs.get',
  list: 'membership.clubs.list',
} as const;

/** The club types' codes: the domain's CLUB_TYPES (a unit test keeps them equal). */
export const CLUB_TYPE_CODES = [
  'domestic-workers',
  'elderly-health',
  'ethnic-minority',
  'young-families',
  'entrepreneurs',
  'migrant-women',
  'domestic-violence-prevention',
  'savings-credit',
  'single-mothers',
  'culture-sports',
] as const;

const date = z.iso.date('must be a date YYYY-MM-DD');
const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .describe('Tên CLB, mô hình — the club’s name, e.g. "CLB Gia đình trẻ phường Kim Mã".');

export const clubIdParam = z.uuid('must be a club id');

/** POST /api/v1/clubs */
export const foundClubBody = z.strictObject({
  unitId: z
    .uuid('must be a unit id')
    .describe(
      'Cơ sở Hội, đơn vị trực thuộc hoặc chi hội — the grassroots union, affiliated unit or branch.',
    ),
  name,
  type: z
    .enum(CLUB_TYPE_CODES, 'must be a club type code')
    .describe(
      'Loại CLB, mô hình — domestic-workers (giúp việc gia đình), elderly-health (phụ nữ cao tuổi), ethnic-minority (dân tộc thiểu số), young-families (gia đình trẻ), entrepreneurs (nữ doanh nhân), migrant-women (phụ nữ di cư), domestic-violence-prevention (phòng chống bạo lực gia đình), savings-credit (tiết kiệm, vay vốn), single-mothers (phụ nữ đơn thân), culture-sports (văn nghệ, thể thao).',
    ),
  foundedOn: date.optional().describe('Ngày thành lập — the day it was founded; today if absent.'),
});

/** PATCH /api/v1/clubs/:id */
export const renameClubBody = z.strictObject({ name });

/** POST /api/v1/clubs/:id/members */
export const joinClubBody = z.strictObject({
  memberId: z.uuid('must be a member id').describe('Hội viên — an active member of the union.'),
  joinedOn: date.optional().describe('Ngày tham gia — the day she joins; today if absent.'),
});

/** DELETE /api/v1/clubs/:id/members/:memberId?leftOn= */
export const leaveClubBody = z.strictObject({
  leftOn: date.optional().describe('Ngày rời — the day she leaves; today if absent.'),
});

/** POST /api/v1/clubs/:id/dissolve */
export const dissolveClubBody = z.strictObject({
  dissolvedOn: date.optional().describe('Ngày giải thể — the last day; today if absent.'),
});

/** GET /api/v1/clubs?unitId=&status= */
export const listClubsQuery = z.strictObject({
  unitId: z
    .uuid('must be a unit id')
    .describe('Đơn vị — the unit (its own clubs, not its subtree’s).'),
  status: z
    .enum(['open', 'dissolved'])
    .optional()
    .describe('Trạng thái — only open, or only dissolved clubs.'),
});

const clubFields = {
  id: z.uuid().describe('The club id.'),
  unitId: z.uuid().describe('The unit it belongs to.'),
  name: z.string().describe('Its name.'),
  type: z.enum(CLUB_TYPE_CODES).describe('Its type code.'),
  typeLabel: z.string().describe('Its type, Vietnamese first, English second.'),
  status: z.enum(['open', 'dissolved']).describe('open, or dissolved.'),
  foundedOn: z.iso.date().describe('The day it was founded.'),
  memberCount: z.number().int().min(0).describe('How many members are in it now.'),
};

/** GET /api/v1/clubs/:id: member ids only, no personal data. */
export const clubView = z.object({
  ...clubFields,
  ancestorIds: z.array(z.uuid()).describe("The unit's ancestors, root first."),
  dissolvedOn: z.iso.date().nullable().describe('Its last day, once dissolved.'),
  memberIds: z.array(z.uuid()).describe('Its members now, in joining order (ids only).'),
  version: z.number().int().min(1).describe("The club stream's version."),
});

/** GET /api/v1/clubs?unitId= */
export const clubList = z.object({
  items: z.array(z.object(clubFields)).describe('The clubs of the unit, in name order.'),
});

export const clubCommandResult = z.object({
  id: z.uuid().describe('The club id.'),
  version: z.number().int().min(1).describe("The club stream's version after the command."),
});

export type ClubView = z.output<typeof clubView>;
export type ClubList = z.output<typeof clubList>;
export type ClubCommandResultDto = z.output<typeof clubCommandResult>;

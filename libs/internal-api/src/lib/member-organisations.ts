import { z } from 'zod';
import { pageAfter } from './projections';

// Reads of the member organisations (tổ chức thành viên) read model: gateway ↔ projections.

const date = z.iso.date('must be a date YYYY-MM-DD');

const memberOrganisationStatus = z
  .enum(['member', 'left'])
  .describe('member: đang là thành viên — a member now; left: đã rời — it has left.');

export const memberOrganisationView = z.object({
  id: z.uuid(),
  name: z.string().describe('Tên chính thức — the official name.'),
  unionId: z.uuid().describe('Hội LHPN tỉnh/thành phố — the province or city union it belongs to.'),
  status: memberOrganisationStatus,
  joinedOn: z.iso.date().describe('Ngày gia nhập (lần gần nhất) — the day it (last) joined.'),
  leftOn: z.iso
    .date()
    .optional()
    .describe('Ngày rời — the day it left; absent while it is a member.'),
  leaveReason: z
    .string()
    .optional()
    .describe('Lý do rời — why it left, as recorded; absent while it is a member.'),
  memberships: z
    .array(z.object({ joinedOn: z.iso.date(), leftOn: z.iso.date().optional() }))
    .describe(
      'Các thời kỳ là thành viên — every membership in order, from joinedOn (inclusive) to leftOn (exclusive); the open one has no leftOn.',
    ),
  version: z
    .number()
    .int()
    .min(1)
    .describe("Phiên bản — the organisation stream's version this view reflects."),
});

export const memberOrganisationPage = z.object({
  items: z.array(memberOrganisationView),
  nextCursor: z
    .string()
    .optional()
    .describe('Trang sau — pass as `after` for the next page; absent on the last page.'),
});

/** GET /api/v1/member-organisations?asOf=&status=&limit=&after= */
export const memberOrganisationsQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  after: pageAfter,
  asOf: date
    .optional()
    .describe(
      'Thành viên vào ngày — only those that were members on that date (joined on or before it, not left by it); every one known if absent.',
    ),
  status: memberOrganisationStatus
    .optional()
    .describe('Trạng thái hiện nay — only those with this status now.'),
});

export type MemberOrganisationViewDto = z.output<typeof memberOrganisationView>;
export type MemberOrganisationPageDto = z.output<typeof memberOrganisationPage>;

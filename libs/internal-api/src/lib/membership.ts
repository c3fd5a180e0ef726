import { z } from 'zod';

/** Message patterns of membership-service. */
export const MEMBERSHIP_RPC = {
  admit: 'membership.members.admit',
  end: 'membership.members.end',
  erase: 'membership.members.erase',
  transfer: 'membership.members.transfer',
  readmit: 'membership.members.readmit',
  contact: 'membership.members.contact',
  fee: 'membership.members.fee',
  tag: 'membership.members.tag',
  untag: 'membership.members.untag',
  party: 'membership.members.party',
  get: 'membership.members.get',
} as const;

const date = z.iso.date('must be a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const SPECIAL_GROUPS = [
  'elderly',
  'young',
  'migrant',
  'intellectual',
  'disability',
  'ethnic-minority',
  'religious',
  'entrepreneur',
  'worker',
  'apartment-resident',
  'small-trader',
] as const;
export const specialGroup = z.enum(SPECIAL_GROUPS, 'must be a special group code');
const phone = z.string().regex(/^\+?[0-9 ]{8,15}$/, 'must be a phone number');

export const memberIdParam = z.uuid('must be a member id');

/** Her personal fields: sealed by the service under her own key, never logged, never on Kafka. */
const personalFields = z.strictObject({
  fullName: text(200).describe('Họ và tên.'),
  birthDate: date.describe('Ngày sinh; she must be 18 or over on the day of admission.'),
  nationalId: z
    .string()
    .regex(/^\d{12}$/, 'must be 12 digits')
    .describe('Số CCCD: 12 digits.'),
  phone: phone.optional(),
  address: text(500).optional(),
  ethnicity: text(50).optional(),
  religion: text(50).optional(),
  occupation: text(100).optional(),
  education: text(100).optional(),
});

/** POST /api/v1/members */
export const admitMemberBody = z.strictObject({
  branchId: z.uuid('must be a unit id').describe('The branch (chi hội) she joins.'),
  groupId: z.uuid('must be a unit id').nullable().default(null),
  admittedOn: date.optional().describe('The day of admission; today if absent.'),
  specialGroups: z.array(specialGroup).max(SPECIAL_GROUPS.length).default([]),
  personal: personalFields,
});

/** POST /api/v1/members/:id/leave */
export const endMembershipBody = z.strictObject({
  end: z.enum(['left', 'deceased', 'removed']).default('left'),
  reason: z.enum([
    'moved-away',
    'personal',
    'age-or-health',
    'deceased',
    'charter-breach',
    'other',
  ]),
  on: date.optional(),
});

/** POST /api/v1/members/:id/erase */
export const eraseMemberBody = z.strictObject({ erasedOn: date.optional() });

/** POST /api/v1/members/:id/transfer */
export const transferMemberBody = z.strictObject({
  toBranchId: z.uuid('must be a unit id'),
  groupId: z.uuid('must be a unit id').nullable().default(null),
  transferredOn: date.optional(),
});

/** POST /api/v1/members/:id/readmit */
export const readmitMemberBody = z.strictObject({
  branchId: z.uuid('must be a unit id'),
  groupId: z.uuid('must be a unit id').nullable().default(null),
  readmittedOn: date.optional(),
});

/** PATCH /api/v1/members/:id/contact */
export const memberContactBody = z
  .strictObject({ phone: phone.optional(), address: text(500).optional() })
  .refine(
    (body) => body.phone !== undefined || body.address !== undefined,
    'give phone or address',
  );

/** POST /api/v1/members/:id/fees */
export const recordFeeBody = z.union([
  z.strictObject({
    year: z.number().int().min(1930).max(2200),
    amount: z.number().int().min(0).describe('In đồng.'),
    paidOn: date.optional(),
  }),
  z.strictObject({
    year: z.number().int().min(1930).max(2200),
    waived: z.literal(true),
    reason: text(500).describe('Kept by the service only; never published.'),
  }),
]);

/** POST /api/v1/members/:id/special-groups, DELETE …/special-groups/:group */
export const specialGroupBody = z.strictObject({ group: specialGroup });

/** POST /api/v1/members/:id/party */
export const partyStepBody = z.strictObject({
  step: z.enum(['introduced', 'admitted']),
  on: date.optional(),
});

export type AdmitMemberBody = z.output<typeof admitMemberBody>;

/** GET /api/v1/members/:id: membership-service's MemberDto. */
export const memberView = z.strictObject({
  id: z.uuid(),
  status: z.enum(['active', 'left', 'deceased', 'removed']),
  branchId: z.uuid(),
  ancestorIds: z.array(z.uuid()),
  groupId: z.uuid().nullable(),
  birthYear: z.number().int(),
  specialGroups: z.array(z.string()),
  admittedOn: z.iso.date(),
  fees: z.record(z.string(), z.enum(['paid', 'waived'])).describe('Each year (YYYY) and its fee.'),
  erased: z.boolean(),
  version: z.number().int().min(1),
  personal: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe(
      'Her personal fields: in full for roles with members:personal-data, masked for other readers, null once erased.',
    ),
});

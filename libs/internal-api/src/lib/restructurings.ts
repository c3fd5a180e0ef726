import { z } from 'zod';

/** Message patterns of organisation-service for restructuring plans (sắp xếp tổ chức). */
export const RESTRUCTURING_RPC = {
  preview: 'organisation.restructurings.preview',
  start: 'organisation.restructurings.start',
  get: 'organisation.restructurings.get',
} as const;

/** A whole reform of a city fits: Hanoi 2025 is about 700 steps (mergers move the children). */
export const MAX_PLAN_STEPS = 20_000;

const unitName = z.string().trim().min(1, 'must not be empty').max(200, 'at most 200 characters');
const kindId = z.string().regex(/^[a-z][a-z0-9-]{0,49}$/, 'must be a kind id such as branch');
const ref = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'at most 100 characters')
  .describe(
    'Mã đơn vị, hoặc tên tạm (ref) của một bước thành lập đứng trước — a unit id, or the ref of an earlier establish step.',
  );

const establishStep = z.strictObject({
  op: z.literal('establish'),
  ref: ref.describe('Tên tạm để các bước sau nhắc đến đơn vị mới — how later steps name it.'),
  name: unitName,
  kind: kindId,
  parent: ref,
});
const renameStep = z.strictObject({ op: z.literal('rename'), unit: ref, name: unitName });
const moveStep = z.strictObject({ op: z.literal('move'), unit: ref, parent: ref });
const mergeStep = z.strictObject({
  op: z.literal('merge'),
  unit: ref,
  successor: ref.describe('Đơn vị cùng loại nhận đơn vị bị sáp nhập — the unit it merges into.'),
});
const dissolveStep = z.strictObject({
  op: z.literal('dissolve'),
  unit: ref,
  successor: ref
    .nullable()
    .default(null)
    .describe('Nơi nhận các đơn vị trực thuộc; bỏ trống nếu không còn — where the children go.'),
});

const restructuringStep = z.discriminatedUnion(
  'op',
  [establishStep, renameStep, moveStep, mergeStep, dissolveStep],
  'must be a step: op is establish, rename, move, merge or dissolve',
);

/** POST /api/v1/restructurings and /api/v1/restructurings/preview */
export const restructuringPlan = z.strictObject({
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(300)
    .describe('Tên phương án — e.g. "Sắp xếp tổ chức Hội theo mô hình hai cấp".'),
  effectiveOn: z.iso
    .date('must be a date YYYY-MM-DD')
    .describe('Ngày mọi thay đổi có hiệu lực — the day every change takes effect.'),
  steps: z
    .array(restructuringStep)
    .min(1, 'must have at least one step')
    .max(MAX_PLAN_STEPS, `at most ${MAX_PLAN_STEPS} steps`)
    .describe('Các bước, theo thứ tự — the steps, applied in this order.'),
});

/** The query string of a plan sent as a CSV or XLSX file (the steps are its rows). */
export const restructuringSheetQuery = restructuringPlan.omit({ steps: true });

export type RestructuringPlanDto = z.output<typeof restructuringPlan>;
export type RestructuringStepDto = z.output<typeof restructuringStep>;

export const restructuringIdParam = z.uuid('must be a restructuring id');

const change = z.object({
  step: z.number().int().describe('The step (0-based) this change comes from.'),
  op: z
    .enum(['establish', 'rename', 'move', 'merge', 'dissolve', 'move-child'])
    .describe('move-child: a child of a merged or dissolved unit that moves to the successor.'),
  unitId: z.uuid(),
  name: z.string(),
  kind: z.string(),
  fromId: z.uuid().nullable().optional().describe('The parent before (establish: none).'),
  toId: z.uuid().nullable().optional().describe('The parent, or the successor, after.'),
  newName: z.string().optional(),
});
const conflict = z.object({ field: z.string(), reason: z.string() });

/** The answer of a preview: every change the plan makes, and every conflict that stops it. */
export const restructuringPreview = z.object({
  id: z.uuid().describe('The id the plan gets when applied: the same plan, the same id.'),
  valid: z.boolean(),
  summary: z.record(z.string(), z.number().int()),
  changes: z.array(change),
  conflicts: z.array(conflict),
});

/** GET /api/v1/restructurings/{id}: an applied plan and how far it is. */
export const restructuringJob = z.object({
  id: z.uuid(),
  title: z.string(),
  effectiveOn: z.string(),
  scopeUnitId: z.uuid().describe('The unit whose scope applied the plan.'),
  status: z
    .enum(['running', 'completed', 'failed'])
    .describe('running: đang áp dụng; completed: đã xong mọi bước; failed: dừng ở một bước.'),
  total: z.number().int().describe('Số bước — steps in the plan.'),
  done: z.number().int().describe('Số bước đã áp dụng — steps applied so far.'),
  percent: z.number(),
  createdAt: z.string(),
  finishedAt: z.string().optional(),
  failure: conflict
    .optional()
    .describe('Bước bị từ chối khi áp dụng (cây đã thay đổi sau khi kiểm tra).'),
});

export type RestructuringPreviewDto = z.output<typeof restructuringPreview>;
export type RestructuringJobDto = z.output<typeof restructuringJob>;

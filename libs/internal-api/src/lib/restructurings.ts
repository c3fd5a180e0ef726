import { z } from 'zod';
import { jobDeclaration } from './job-declaration';

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

const SHEET = [
  'As a CSV or XLSX sheet, one step a row, columns `Thao tác`/`op` (thành lập, đổi tên, chuyển, sáp nhập, giải thể, or the English names),',
  '`Đơn vị`/`unit` (a unit id; for thành lập the new unit’s ref), `Đơn vị nhận`/`target` (the parent or successor),',
  '`Tên`/`name`, `Loại`/`kind`; errors and conflicts then also give the sheet’s `row`.',
].join(' ');
const STEPS = [
  'Bước — steps, in order, all on `effectiveOn`:',
  '`establish` {ref, name, kind, parent}; `rename` {unit, name}; `move` {unit, parent};',
  '`merge` {unit, successor} (the children move to the successor); `dissolve` {unit, successor?}.',
  'A unit is named by its id, or by the `ref` of an earlier establish step.',
].join(' ');

/**
 * Sắp xếp tổ chức: a restructuring plan as one operation, sent as JSON or as a CSV/XLSX sheet (one
 * step a row), previewed or applied as a job with progress.
 */
export const RESTRUCTURING_JOB = jobDeclaration({
  path: '/api/v1/restructurings',
  service: 'organisation',
  rpc: RESTRUCTURING_RPC,
  permissions: { start: ['units:write'], read: ['units:read'] },
  // 5 MB, as a sheet or as JSON: the Hanoi reform's sheet (about 700 rows) is some 60 kB, its
  // JSON plan some 100 kB; a plan of MAX_PLAN_STEPS steps is about 3 MB as JSON.
  upload: { query: restructuringSheetQuery, maxBytes: 5 * 1_048_576 },
  json: { name: 'RestructuringPlan', schema: restructuringPlan },
  preview: { name: 'RestructuringPreview', view: restructuringPreview },
  // A city's plan reads and simulates the part of the tree it touches: longer than a command.
  timeoutMs: 120_000,
  startRequest: restructuringPlan,
  idParam: restructuringIdParam,
  view: restructuringJob,
  openapi: {
    schema: 'Restructuring',
    start: {
      operationId: 'applyRestructuring',
      summary: 'Áp dụng phương án sắp xếp — Apply a restructuring plan as one operation',
      description: `${STEPS} ${SHEET} The plan is validated whole; with any conflict nothing is applied (422, every conflict listed). A valid plan becomes a job (202) that applies every step and goes on after a restart; the same plan again is the same job.`,
      accepted: 'Đã nhận, đang áp dụng — accepted',
      again: 'Phương án này đã có — this plan exists: its job',
      invalid:
        'Phương án có xung đột, chưa áp dụng gì — code organisation.restructuring-invalid: `errors` lists every conflict',
      queryNote: ' (only for a CSV or XLSX plan; required there)',
    },
    preview: {
      operationId: 'previewRestructuring',
      summary: 'Xem trước phương án sắp xếp — Preview a restructuring plan',
      description: `${STEPS} ${SHEET} Nothing is written: every change (children of merged and dissolved units included) and every conflict is listed.`,
      answer: 'Các thay đổi và xung đột',
    },
    get: {
      operationId: 'getRestructuring',
      summary: 'Tiến độ áp dụng — A restructuring job: status and percent done',
    },
  },
});

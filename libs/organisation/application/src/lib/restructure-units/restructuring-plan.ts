import type { FieldError } from '@vwu/platform-problems';
import { createHash } from 'node:crypto';
import { uuidFrom } from '../start-unit-import/import-ids';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A step with every unit named by id: what the job stores and runs, one after another. */
export type ResolvedStep =
  | {
      readonly op: 'establish';
      readonly unitId: string;
      readonly name: string;
      readonly kind: string;
      readonly parentId: string;
    }
  | { readonly op: 'rename'; readonly unitId: string; readonly name: string }
  | { readonly op: 'move'; readonly unitId: string; readonly parentId: string }
  | { readonly op: 'merge'; readonly unitId: string; readonly successorId: string }
  | { readonly op: 'dissolve'; readonly unitId: string; readonly successorId: string | null };

/** A step as the plan names units: by id, or by the ref of an earlier establish step. */
export type PlanStep =
  | {
      readonly op: 'establish';
      readonly ref: string;
      readonly name: string;
      readonly kind: string;
      readonly parent: string;
    }
  | { readonly op: 'rename'; readonly unit: string; readonly name: string }
  | { readonly op: 'move'; readonly unit: string; readonly parent: string }
  | { readonly op: 'merge'; readonly unit: string; readonly successor: string }
  | { readonly op: 'dissolve'; readonly unit: string; readonly successor: string | null };

/** Sắp xếp tổ chức: steps applied in order, all on one day, validated whole first. */
export interface Plan {
  readonly title: string;
  readonly effectiveOn: string;
  readonly steps: readonly PlanStep[];
}

/** The id of a plan applied in a scope: the same plan by the same scope is the same job. */
export function restructuringId(plan: Plan, scopeUnitId: string): string {
  const digest = createHash('sha256').update(JSON.stringify(plan)).digest('hex');
  return uuidFrom(`restructuring:${scopeUnitId}:${digest}`);
}

/** The unit an establish step creates: the same across previews, applies and resumes. */
export function establishedUnitId(jobId: string, ref: string): string {
  return uuidFrom(`restructuring:${jobId}:${ref}`);
}

/**
 * Replaces each ref by a unit id: a UUID names an existing unit, anything else must be the ref
 * of an establish step before it. Every unknown or repeated ref is an error of its step.
 */
export function resolveSteps(
  steps: readonly PlanStep[],
  jobId: string,
): { readonly steps: ResolvedStep[]; readonly errors: FieldError[] } {
  const refs = new Map<string, string>();
  const errors: FieldError[] = [];
  const resolved: ResolvedStep[] = [];
  steps.forEach((step, index) => {
    const field = `steps[${index}]`;
    const idOf = (ref: string, key: string): string => {
      if (UUID.test(ref)) return ref.toLowerCase();
      const id = refs.get(ref);
      if (id === undefined) {
        errors.push({
          field: `${field}.${key}`,
          reason: `không có bước thành lập nào trước bước này mang ref '${ref}' — no establish step before it has ref '${ref}'`,
        });
        return ref;
      }
      return id;
    };
    if (step.op === 'establish') {
      if (UUID.test(step.ref) || refs.has(step.ref))
        errors.push({
          field: `${field}.ref`,
          reason: `'${step.ref}' là mã của một đơn vị hoặc đã được dùng — '${step.ref}' is a unit id or used already`,
        });
      const unitId = establishedUnitId(jobId, step.ref);
      const parentId = idOf(step.parent, 'parent');
      refs.set(step.ref, unitId);
      resolved.push({ op: 'establish', unitId, name: step.name, kind: step.kind, parentId });
      return;
    }
    resolved.push(resolveChange(step, (ref, key) => idOf(ref, key)));
  });
  return { steps: resolved, errors };
}

function resolveChange(
  step: Exclude<PlanStep, { op: 'establish' }>,
  idOf: (ref: string, key: string) => string,
): ResolvedStep {
  const unitId = idOf(step.unit, 'unit');
  switch (step.op) {
    case 'rename':
      return { op: 'rename', unitId, name: step.name };
    case 'move':
      return { op: 'move', unitId, parentId: idOf(step.parent, 'parent') };
    case 'merge':
      return { op: 'merge', unitId, successorId: idOf(step.successor, 'successor') };
    case 'dissolve': {
      const successorId = step.successor === null ? null : idOf(step.successor, 'successor');
      return { op: 'dissolve', unitId, successorId };
    }
  }
}

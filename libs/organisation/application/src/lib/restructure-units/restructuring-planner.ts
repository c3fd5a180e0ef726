import { Injectable } from '@nestjs/common';
import { assertPermission, type Actor } from '@vwu/platform-auth';
import { counted, ProblemError, type FieldError } from '@vwu/platform-problems';
import { principalOf } from '../access';
import { UnitWorkspace } from '../unit-workspace';
import { loadUnit } from '../unit-streams';
import { resolveSteps, restructuringId, type Plan } from './restructuring-plan';
import { RestructuringJobs, type RestructuringJob } from './restructuring.job';
import { RestructuringRunner } from './restructuring.runner';
import { SimulatedTree, type TreeSource } from './simulated-tree';
import { simulatePlan } from './simulate-plan';
import type { PlannedChange } from './simulation-context';

export interface RestructuringPreview {
  readonly id: string;
  readonly valid: boolean;
  /** Changes per kind of change: establish, rename, move, merge, dissolve, move-child. */
  readonly summary: Record<string, number>;
  readonly changes: readonly PlannedChange[];
  readonly conflicts: readonly FieldError[];
}

/** A plan that breaks a rule somewhere: nothing was applied, every conflict is listed. */
export class RestructuringInvalidError extends ProblemError {
  constructor(conflicts: readonly FieldError[]) {
    super(
      422,
      'organisation.restructuring-invalid',
      `Phương án có ${conflicts.length} xung đột, chưa áp dụng gì — ${counted(conflicts.length, 'conflict')}: nothing was applied`,
      conflicts,
    );
  }
}

/** Some step reaches outside the user's scope: the whole plan is refused. */
export class RestructuringOutOfScopeError extends ProblemError {
  constructor(conflicts: readonly FieldError[]) {
    super(
      403,
      'auth.out-of-scope',
      'Phương án có đơn vị nằm ngoài phạm vi được giao — some steps are outside your scope',
      conflicts,
    );
  }
}

export class RestructuringNotFoundError extends ProblemError {
  constructor(id: string) {
    super(
      404,
      'organisation.restructuring-not-found',
      `không có phương án ${id} — restructuring ${id} is not known`,
    );
  }
}

function summarise(changes: readonly PlannedChange[]): Record<string, number> {
  const summary: Record<string, number> = {};
  for (const { op } of changes) summary[op] = (summary[op] ?? 0) + 1;
  return summary;
}

/**
 * Sắp xếp tổ chức as one operation: a preview decides every step on a simulated copy of the
 * tree and lists every change and every conflict; an apply does the same, and only a plan
 * without conflicts becomes a job, which RestructuringRunner applies completely.
 */
@Injectable()
export class RestructuringPlanner {
  constructor(
    private readonly units: UnitWorkspace,
    private readonly jobs: RestructuringJobs,
    private readonly runner: RestructuringRunner,
  ) {}

  async preview(plan: Plan, actor: Actor): Promise<RestructuringPreview> {
    assertPermission(principalOf(actor), 'units:write');
    const id = restructuringId(plan, actor.scopeUnitId);
    const resolved = resolveSteps(plan.steps, id);
    if (resolved.errors.length > 0)
      return { id, valid: false, summary: {}, changes: [], conflicts: resolved.errors };
    const tree = new SimulatedTree(this.source(), this.units.commands.handler);
    const { changes, conflicts } = await simulatePlan(resolved.steps, {
      tree,
      principal: principalOf(actor),
      on: plan.effectiveOn,
    });
    return { id, valid: conflicts.length === 0, summary: summarise(changes), changes, conflicts };
  }

  /** The job of the plan: an existing one as it is (a failed one resumes), or a new one. */
  async start(plan: Plan, actor: Actor): Promise<RestructuringJob> {
    assertPermission(principalOf(actor), 'units:write');
    const id = restructuringId(plan, actor.scopeUnitId);
    const existing = await this.jobs.get(id);
    if (existing) {
      if (existing.status === 'failed') await this.jobs.retry(id);
      this.runner.kick();
      return (await this.jobs.get(id)) ?? existing;
    }
    const preview = await this.preview(plan, actor);
    const outOfScope = preview.conflicts.filter((c) => c.reason.startsWith('auth.'));
    if (outOfScope.length > 0) throw new RestructuringOutOfScopeError(outOfScope);
    if (!preview.valid) throw new RestructuringInvalidError(preview.conflicts);
    const { userId, roles, scopeUnitId, correlationId } = actor;
    const resolved = resolveSteps(plan.steps, id);
    const job = await this.jobs.create(
      {
        id,
        title: plan.title,
        effectiveOn: plan.effectiveOn,
        total: resolved.steps.length,
        done: 0,
        status: 'running',
        actor: { userId, roles, scopeUnitId, correlationId },
        createdAt: new Date(),
      },
      resolved.steps,
    );
    this.runner.kick();
    return job;
  }

  private source(): TreeSource {
    const { store, commands } = this.units;
    return {
      unit: (unitId) => loadUnit(store, commands, unitId),
      childIds: async (unitId) => (await this.units.children(unitId)).map((c) => c.unitId),
    };
  }
}

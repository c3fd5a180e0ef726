import { type EstablishedUnitState, type UnitFacts } from '@vwu/organisation-domain';
import { assertInScope } from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import type { FieldError } from '@vwu/platform-problems';
import type { ResolvedStep } from './restructuring-plan';
import {
  activeUnit,
  requireNameFree,
  target,
  type PlannedChange,
  type SimulationContext,
} from './simulation-context';

export interface Simulation {
  readonly changes: PlannedChange[];
  readonly conflicts: FieldError[];
}

/**
 * Every step decided in order on the simulated tree: the changes a preview lists, and every
 * conflict (a rule the decider refuses, a name taken among siblings, a unit out of scope). A
 * refused step changes nothing and the simulation goes on, so one run lists all conflicts.
 */
export async function simulatePlan(
  steps: readonly ResolvedStep[],
  context: Omit<SimulationContext, 'changes'>,
): Promise<Simulation> {
  const ctx: SimulationContext = { ...context, changes: [] };
  const conflicts: FieldError[] = [];
  for (const [index, step] of steps.entries()) {
    try {
      conflicts.push(...(await simulateStep(ctx, index, step)));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      conflicts.push({ field: `steps[${index}]`, reason: `${error.code}: ${error.message}` });
    }
  }
  return { changes: ctx.changes, conflicts };
}

async function simulateStep(ctx: SimulationContext, index: number, step: ResolvedStep) {
  switch (step.op) {
    case 'establish':
      return establish(ctx, index, step);
    case 'rename':
      return rename(ctx, index, step);
    case 'move':
      return move(ctx, index, step);
    case 'merge':
    case 'dissolve':
      return close(ctx, index, step);
  }
}

async function establish(
  ctx: SimulationContext,
  index: number,
  step: ResolvedStep & { op: 'establish' },
) {
  const parent = await target(ctx, step.parentId);
  const { unitId, name, kind } = step;
  if (parent.active) await requireNameFree(ctx, parent.unitId, name, unitId);
  await ctx.tree.simulate(unitId, {
    type: 'EstablishUnit',
    unitId,
    name,
    kind,
    establishedOn: ctx.on,
    parent,
  });
  ctx.changes.push({ step: index, op: 'establish', unitId, name, kind, toId: parent.unitId });
  return [];
}

async function rename(
  ctx: SimulationContext,
  index: number,
  step: ResolvedStep & { op: 'rename' },
) {
  const unit = await activeUnit(ctx, step.unitId);
  assertInScope(ctx.principal, await ctx.tree.path(unit));
  if (unit.parentId !== null) await requireNameFree(ctx, unit.parentId, step.name, unit.unitId);
  await ctx.tree.simulate(unit.unitId, {
    type: 'RenameUnit',
    unitId: unit.unitId,
    name: step.name,
    renamedOn: ctx.on,
  });
  const { unitId, name, kind } = unit;
  ctx.changes.push({ step: index, op: 'rename', unitId, name, kind, newName: step.name });
  return [];
}

async function move(ctx: SimulationContext, index: number, step: ResolvedStep & { op: 'move' }) {
  const unit = await activeUnit(ctx, step.unitId);
  assertInScope(ctx.principal, await ctx.tree.ancestors(unit));
  const parent = await target(ctx, step.parentId);
  await moveUnder(ctx, unit, parent, 'moved');
  const { unitId, name, kind, parentId: fromId } = unit;
  ctx.changes.push({ step: index, op: 'move', unitId, name, kind, fromId, toId: parent.unitId });
  return [];
}

async function moveUnder(
  ctx: SimulationContext,
  unit: EstablishedUnitState,
  parent: UnitFacts,
  reason: 'moved' | 'parent-merged' | 'parent-dissolved',
): Promise<void> {
  if (parent.active && unit.parentId !== parent.unitId)
    await requireNameFree(ctx, parent.unitId, unit.name, unit.unitId);
  const { unitId } = unit;
  await ctx.tree.simulate(unitId, {
    type: 'MoveUnit',
    unitId,
    newParent: parent,
    movedOn: ctx.on,
    reason,
  });
}

/** A merger or dissolution: the closure, then each child's move to the successor. */
async function close(
  ctx: SimulationContext,
  index: number,
  step: ResolvedStep & { op: 'merge' | 'dissolve' },
): Promise<FieldError[]> {
  const unit = await activeUnit(ctx, step.unitId);
  // Closing a unit is an act of the level above it: the scope must hold its parent.
  assertInScope(ctx.principal, await ctx.tree.ancestors(unit));
  const successor = step.successorId === null ? null : await target(ctx, step.successorId);
  const children = await ctx.tree.childrenOf(unit.unitId);
  const { unitId, name, kind, parentId: fromId } = unit;
  const on = ctx.on;
  if (step.op === 'merge') {
    if (successor === null) throw new Error('a merger needs a successor');
    await ctx.tree.simulate(unitId, { type: 'MergeUnit', unitId, successor, mergedOn: on });
  } else {
    await ctx.tree.simulate(unitId, {
      type: 'DissolveUnit',
      unitId,
      successor,
      dissolvedOn: on,
      childCount: children.length,
    });
  }
  const toId = successor?.unitId ?? null;
  ctx.changes.push({ step: index, op: step.op, unitId, name, kind, fromId, toId });
  return successor === null ? [] : moveChildren(ctx, index, { children, successor, op: step.op });
}

async function moveChildren(
  ctx: SimulationContext,
  index: number,
  closure: {
    readonly children: readonly EstablishedUnitState[];
    readonly successor: UnitFacts;
    readonly op: 'merge' | 'dissolve';
  },
): Promise<FieldError[]> {
  const { children, successor, op } = closure;
  const conflicts: FieldError[] = [];
  const reason = op === 'merge' ? 'parent-merged' : 'parent-dissolved';
  for (const child of children) {
    try {
      await moveUnder(ctx, child, successor, reason);
      const { unitId, name, kind, parentId: fromId } = child;
      ctx.changes.push({
        step: index,
        op: 'move-child',
        unitId,
        name,
        kind,
        fromId,
        toId: successor.unitId,
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const field = `steps[${index}].children.${child.unitId}`;
      conflicts.push({ field, reason: `${error.code}: ${error.message}` });
    }
  }
  return conflicts;
}

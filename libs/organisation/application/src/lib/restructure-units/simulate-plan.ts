import {
  UnitClosedError,
  UnitNotFoundError,
  type EstablishedUnitState,
  type UnitFacts,
} from '@vwu/organisation-domain';
import { assertInScope, type Principal } from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import type { FieldError } from '@vwu/platform-http';
import { NameTakenError } from '../access';
import type { ResolvedStep } from './restructuring-plan';
import type { SimulatedTree } from './simulated-tree';

/** One change the plan makes to one unit (a merger also moves each child: `move-child`). */
export interface PlannedChange {
  readonly step: number;
  readonly op: ResolvedStep['op'] | 'move-child';
  readonly unitId: string;
  readonly name: string;
  readonly kind: string;
  readonly fromId?: string | null;
  readonly toId?: string | null;
  readonly newName?: string;
}

export interface Simulation {
  readonly changes: PlannedChange[];
  readonly conflicts: FieldError[];
}

interface Context {
  readonly tree: SimulatedTree;
  readonly principal: Principal;
  readonly on: string;
  readonly changes: PlannedChange[];
}

/**
 * Every step decided in order on the simulated tree: the changes a preview lists, and every
 * conflict (a rule the decider refuses, a name taken among siblings, a unit out of scope). A
 * refused step changes nothing and the simulation goes on, so one run lists all conflicts.
 */
export async function simulatePlan(
  steps: readonly ResolvedStep[],
  context: Omit<Context, 'changes'>,
): Promise<Simulation> {
  const ctx: Context = { ...context, changes: [] };
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

async function simulateStep(ctx: Context, index: number, step: ResolvedStep) {
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

/** A unit merged or dissolved (before or by an earlier step) is named as such, not as unknown. */
async function requireNotClosed(ctx: Context, unitId: string): Promise<void> {
  const state = await ctx.tree.state(unitId);
  if (state.status === 'established' && state.closure !== null)
    throw new UnitClosedError(unitId, state.closure);
}

/** A unit a step puts something under or into: in scope if active, and not closed. */
async function target(ctx: Context, unitId: string): Promise<UnitFacts> {
  await requireNotClosed(ctx, unitId);
  const facts = await ctx.tree.facts(unitId);
  if (facts.active) assertInScope(ctx.principal, [...facts.ancestorIds, facts.unitId]);
  return facts;
}

async function activeUnit(ctx: Context, unitId: string): Promise<EstablishedUnitState> {
  await requireNotClosed(ctx, unitId);
  const unit = await ctx.tree.active(unitId);
  if (!unit) throw new UnitNotFoundError(unitId);
  return unit;
}

async function requireNameFree(ctx: Context, parentId: string, name: string, unitId: string) {
  const holder = await ctx.tree.nameHolder(parentId, name);
  if (holder !== undefined && holder !== unitId)
    throw new NameTakenError(
      `đơn vị ${holder} cùng cấp trên đã có tên này — unit ${holder} under the same parent has this name`,
    );
}

async function establish(ctx: Context, index: number, step: ResolvedStep & { op: 'establish' }) {
  const parent = await target(ctx, step.parentId);
  const { unitId, name, kind } = step;
  if (parent.active) await requireNameFree(ctx, parent.unitId, name, unitId);
  await ctx.tree.simulate(unitId, {
    type: 'EstablishUnit',
    ...{ unitId, name, kind, establishedOn: ctx.on, parent },
  });
  ctx.changes.push({ step: index, op: 'establish', unitId, name, kind, toId: parent.unitId });
  return [];
}

async function rename(ctx: Context, index: number, step: ResolvedStep & { op: 'rename' }) {
  const unit = await activeUnit(ctx, step.unitId);
  assertInScope(ctx.principal, await ctx.tree.path(unit));
  if (unit.parentId !== null) await requireNameFree(ctx, unit.parentId, step.name, unit.unitId);
  await ctx.tree.simulate(unit.unitId, {
    type: 'RenameUnit',
    ...{ unitId: unit.unitId, name: step.name, renamedOn: ctx.on },
  });
  const { unitId, name, kind } = unit;
  ctx.changes.push({ step: index, op: 'rename', unitId, name, kind, newName: step.name });
  return [];
}

async function move(ctx: Context, index: number, step: ResolvedStep & { op: 'move' }) {
  const unit = await activeUnit(ctx, step.unitId);
  assertInScope(ctx.principal, await ctx.tree.ancestors(unit));
  const parent = await target(ctx, step.parentId);
  await moveUnder(ctx, unit, parent, 'moved');
  const { unitId, name, kind, parentId: fromId } = unit;
  ctx.changes.push({ step: index, op: 'move', unitId, name, kind, fromId, toId: parent.unitId });
  return [];
}

async function moveUnder(
  ctx: Context,
  unit: EstablishedUnitState,
  parent: UnitFacts,
  reason: 'moved' | 'parent-merged' | 'parent-dissolved',
): Promise<void> {
  if (parent.active && unit.parentId !== parent.unitId)
    await requireNameFree(ctx, parent.unitId, unit.name, unit.unitId);
  const { unitId } = unit;
  await ctx.tree.simulate(unitId, {
    type: 'MoveUnit',
    ...{ unitId, newParent: parent, movedOn: ctx.on, reason },
  });
}

/** A merger or dissolution: the closure, then each child's move to the successor. */
async function close(
  ctx: Context,
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
    const childCount = children.length;
    await ctx.tree.simulate(unitId, {
      type: 'DissolveUnit',
      ...{ unitId, successor, dissolvedOn: on, childCount },
    });
  }
  const toId = successor?.unitId ?? null;
  ctx.changes.push({ step: index, op: step.op, unitId, name, kind, fromId, toId });
  return successor === null ? [] : moveChildren(ctx, index, { children, successor, op: step.op });
}

async function moveChildren(
  ctx: Context,
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

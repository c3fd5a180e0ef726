import {
  UnitClosedError,
  UnitNotFoundError,
  type EstablishedUnitState,
  type UnitFacts,
} from '@vwu/organisation-domain';
import { assertInScope, type Principal } from '@vwu/platform-auth';
import { NameTakenError } from '../access';
import type { ResolvedStep } from './restructuring-plan';
import type { SimulatedTree } from './simulated-tree';

// What a step of a simulated restructuring may act on: the checks every step makes before it
// decides (the unit is there and open, in the user's scope, its new name free among siblings).

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

/** A simulation under way: the tree as the earlier steps left it, and what they changed. */
export interface SimulationContext {
  readonly tree: SimulatedTree;
  readonly principal: Principal;
  readonly on: string;
  readonly changes: PlannedChange[];
}

/** A unit merged or dissolved (before or by an earlier step) is named as such, not as unknown. */
async function requireNotClosed(ctx: SimulationContext, unitId: string): Promise<void> {
  const state = await ctx.tree.state(unitId);
  if (state.status === 'established' && state.closure !== null)
    throw new UnitClosedError(unitId, state.closure);
}

/** A unit a step puts something under or into: in scope if active, and not closed. */
export async function target(ctx: SimulationContext, unitId: string): Promise<UnitFacts> {
  await requireNotClosed(ctx, unitId);
  const facts = await ctx.tree.facts(unitId);
  if (facts.active) assertInScope(ctx.principal, [...facts.ancestorIds, facts.unitId]);
  return facts;
}

export async function activeUnit(
  ctx: SimulationContext,
  unitId: string,
): Promise<EstablishedUnitState> {
  await requireNotClosed(ctx, unitId);
  const unit = await ctx.tree.active(unitId);
  if (!unit) throw new UnitNotFoundError(unitId);
  return unit;
}

export async function requireNameFree(
  ctx: SimulationContext,
  parentId: string,
  name: string,
  unitId: string,
) {
  const holder = await ctx.tree.nameHolder(parentId, name);
  if (holder !== undefined && holder !== unitId)
    throw new NameTakenError(
      `đơn vị ${holder} cùng cấp trên đã có tên này — unit ${holder} under the same parent has this name`,
    );
}

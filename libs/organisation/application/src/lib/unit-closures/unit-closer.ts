import { Injectable } from '@nestjs/common';
import {
  type EstablishedUnitState,
  type UnitCommand,
  type UnitFacts,
} from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import { counted, ProblemError } from '@vwu/platform-problems';
import { authorise } from '../access';
import type { UnitCommandResult } from '../ports';
import { UnitWorkspace } from '../unit-workspace';
import { PendingClosures, type PendingClosure } from './pending-closures';

export type ClosureResult = UnitCommandResult & {
  /** How many child units moved to the successor with this request. */
  readonly moved: number;
};

/** What a merger or dissolution would break, one entry per child unit, all at once. */
export class RestructuringConflictError extends ProblemError {
  constructor(conflicts: readonly { field: string; reason: string }[]) {
    super(
      409,
      'organisation.restructuring-conflict',
      `${conflicts.length} đơn vị trực thuộc không thể chuyển sang đơn vị tiếp nhận — ${counted(conflicts.length, 'child unit')} cannot move to the successor`,
      conflicts,
    );
  }
}

export type Closure = Omit<PendingClosure, 'userId' | 'correlationId'>;

/**
 * Mergers and dissolutions: validated whole (every child's move is decided in advance, with its
 * name under the successor), then the closure, then one move per child. A crash after the
 * closure is finished by repeating the request or by ClosureResumer on the next start.
 */
@Injectable()
export class UnitCloser {
  constructor(
    private readonly units: UnitWorkspace,
    private readonly pending: PendingClosures,
  ) {}

  async close(closure: Closure, actor: Actor): Promise<UnitCommandResult & { moved: number }> {
    const unit = await this.units.established(closure.unitId);
    // Closing a unit is an act of the level above it: the scope must hold its parent.
    authorise(actor, 'units:write', await this.units.ancestors(unit));
    const successor = closure.successorId ? await this.units.facts(closure.successorId) : null;
    if (successor?.active)
      authorise(actor, 'units:write', [...successor.ancestorIds, successor.unitId]);
    const children = await this.units.children(unit.unitId);
    const command = closureCommand(closure, successor, children.length);
    // The unit's own rules (date, successor, kind) before its children's: a branch merged into
    // a group is refused for its kind, not for what its groups would become.
    this.units.commands.handler.simulate(command, unit);
    if (successor?.active) await this.checkMoves(children, successor, closure.on);
    const { userId, correlationId } = actor;
    await this.pending.record({ ...closure, userId, correlationId });
    const version = await this.decideClosure(unit, command, actor);
    const moved = await this.finish(closure, actor);
    return { id: unit.unitId, version, moved };
  }

  /** Moves the children still left under a closed unit, then forgets the pending closure. */
  async finish(closure: Closure, actor: Actor): Promise<number> {
    let moved = 0;
    if (closure.successorId !== null) {
      const successor = await this.units.facts(closure.successorId);
      const reason = closure.reason === 'merged' ? 'parent-merged' : 'parent-dissolved';
      for (const child of await this.units.children(closure.unitId)) {
        await this.units.moveUnder(
          { unit: child, newParent: successor, movedOn: closure.on, reason },
          actor,
        );
        moved += 1;
      }
    }
    await this.pending.done(closure.unitId);
    return moved;
  }

  private async decideClosure(
    unit: EstablishedUnitState,
    command: UnitCommand,
    actor: Actor,
  ): Promise<number> {
    try {
      const outcome = await this.units.handle(unit.unitId, command, actor);
      if (unit.closure === null) await this.units.freeName(unit);
      return outcome.version;
    } catch (error) {
      if (unit.closure === null) await this.pending.done(unit.unitId);
      throw error;
    }
  }

  /** Every child's move decided in advance, and its name free under the successor. */
  private async checkMoves(
    children: readonly EstablishedUnitState[],
    successor: UnitFacts,
    on: string,
  ): Promise<void> {
    const conflicts: { field: string; reason: string }[] = [];
    const handler = this.units.commands.handler;
    for (const child of children) {
      const field = `children.${child.unitId}`;
      try {
        handler.simulate(
          {
            type: 'MoveUnit',
            unitId: child.unitId,
            newParent: successor,
            movedOn: on,
            reason: 'moved',
          },
          child,
        );
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        conflicts.push({ field, reason: `${error.code}: ${error.message}` });
        continue;
      }
      const holder = await this.units.nameHolder(successor.unitId, child.name);
      if (holder !== undefined && holder !== child.unitId)
        conflicts.push({
          field,
          reason: `organisation.name-taken: đơn vị ${holder} đã có tên này dưới đơn vị tiếp nhận — unit ${holder} has this name under the successor`,
        });
    }
    if (conflicts.length > 0) throw new RestructuringConflictError(conflicts);
  }
}

function closureCommand(
  closure: Closure,
  successor: UnitFacts | null,
  childCount: number,
): UnitCommand {
  const { unitId, on } = closure;
  if (closure.reason === 'dissolved')
    return { type: 'DissolveUnit', unitId, successor, dissolvedOn: on, childCount };
  // The API requires a successor for a merger; null here is a programming error.
  if (successor === null) throw new Error('a merger needs a successor');
  return { type: 'MergeUnit', unitId, successor, mergedOn: on };
}

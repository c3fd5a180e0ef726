import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { DomainError, unreachable } from '@vwu/platform-decider';
import { MAX_PLAN_STEPS } from '@vwu/internal-api';
import { EventStore } from '@vwu/platform-event-sourcing';
import { JobRunner, type StepPosition } from '@vwu/platform-jobs';
import { ProblemError, type FieldError } from '@vwu/platform-problems';
import { DissolveUnitCommand } from '../dissolve-unit/dissolve-unit.command';
import { EstablishUnitCommand } from '../establish-unit/establish-unit.command';
import { MergeUnitCommand } from '../merge-unit/merge-unit.command';
import { MoveUnitCommand } from '../move-unit/move-unit.command';
import { Reservations } from '../ports';
import { RenameUnitCommand } from '../rename-unit/rename-unit.command';
import { siblingNameReservation } from '../unit-streams';
import type { ResolvedStep } from './restructuring-plan';
import { RestructuringJobs, type RestructuringJob } from './restructuring.job';

/** A runner that stops renewing (a crash) frees its job for another after this long. */
export const RESTRUCTURING_LEASE_MS = 60_000;

/**
 * Applies accepted plans, one step after another, each through the same command handler as the
 * API (so every rule and the scope are checked again), recording progress after each. Every
 * step is safe to run twice: a move or rename to where the unit already is decides nothing, a
 * repeated merger or dissolution only finishes moving the children left, and a unit established
 * before a crash is recognised by its id. So a job resumed after a crash completes the plan.
 */
@Injectable()
export class RestructuringRunner extends JobRunner<RestructuringJob, ResolvedStep> {
  constructor(
    jobs: RestructuringJobs,
    private readonly commandBus: CommandBus,
    private readonly store: EventStore,
    private readonly reservations: Reservations,
  ) {
    // The whole plan read at once; each step recorded as done before the next.
    const pace = { leaseMs: RESTRUCTURING_LEASE_MS, read: MAX_PLAN_STEPS, step: 1 };
    super(jobs, pace, new Logger('RestructuringRunner'));
  }

  protected step(job: RestructuringJob, [step]: readonly ResolvedStep[], at: StepPosition) {
    return this.apply(job, at.from, step as ResolvedStep);
  }

  protected completed(job: RestructuringJob): string {
    return `restructuring ${job.id}: ${job.total} steps applied`;
  }

  /** The step applied; the refusal if the tree no longer allows it (changed since validation). */
  private async apply(
    job: RestructuringJob,
    index: number,
    step: ResolvedStep,
  ): Promise<FieldError | undefined> {
    try {
      await this.execute(job, step);
      return undefined;
    } catch (error) {
      if (!(error instanceof DomainError) && !(error instanceof ProblemError)) throw error;
      return { field: `steps[${index}]`, reason: `${error.code}: ${error.message}` };
    }
  }

  private async execute(job: RestructuringJob, step: ResolvedStep): Promise<unknown> {
    const { actor, effectiveOn: on } = job;
    switch (step.op) {
      case 'establish':
        return this.establish(job, step);
      case 'rename':
        return this.commandBus.execute(
          new RenameUnitCommand(step.unitId, { name: step.name, renamedOn: on }, actor),
        );
      case 'move':
        return this.commandBus.execute(
          new MoveUnitCommand(step.unitId, { parentId: step.parentId, movedOn: on }, actor),
        );
      case 'merge':
        return this.commandBus.execute(
          new MergeUnitCommand(step.unitId, { successorId: step.successorId, mergedOn: on }, actor),
        );
      case 'dissolve':
        return this.commandBus.execute(
          new DissolveUnitCommand(
            step.unitId,
            { successorId: step.successorId, dissolvedOn: on },
            actor,
          ),
        );
      default:
        return unreachable(step);
    }
  }

  private async establish(job: RestructuringJob, step: ResolvedStep & { op: 'establish' }) {
    const { unitId, name, kind, parentId } = step;
    if ((await this.store.readStream(unitId)).length > 0) {
      // Established before a crash, which may have come before the name's confirmation.
      await this.reservations.confirm(siblingNameReservation(parentId, name), unitId);
      return;
    }
    const input = { name, kind, parentId, establishedOn: job.effectiveOn };
    await this.commandBus.execute(new EstablishUnitCommand(input, job.actor, unitId));
  }
}

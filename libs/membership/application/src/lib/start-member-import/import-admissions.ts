import { Injectable } from '@nestjs/common';
import type { BranchFacts, GroupFacts, MemberCommand } from '@vwu/membership-domain';
import { inScope, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { envelope, type CommandEnvelope, type Wanted } from '@vwu/platform-event-sourcing';
import type { FieldError } from '@vwu/platform-problems';
import { MemberPersonalData, MemberWorkspace } from '../member-streams';
import { ImportLookups } from './import-lookups';
import type { MemberImportJob } from './member-import.job';
import { COLUMN_OF_CODE, groupOf, type PlannedMember } from './member-import-plan';
import { rowError } from './member-sheet';

type Refusal = FieldError & { readonly row: number };

interface AdmissionFacts {
  readonly branch: BranchFacts;
  readonly group: GroupFacts | null;
  readonly today: string;
}

const branchError = (row: PlannedMember) =>
  rowError(
    row.row,
    'branch',
    'chi hội đã đóng hoặc ngoài phạm vi — the branch closed or left your scope',
  ) as Refusal;

/** How long a branch's facts are taken as read, while a job runs. */
const BRANCH_FRESH_MS = 5_000;
const MAX_CACHED_BRANCHES = 20_000;

const takenError = (row: PlannedMember) =>
  rowError(
    row.row,
    'nationalId',
    'số CCCD đã thuộc một hội viên khác — another active member has this national ID number',
  ) as Refusal;

/**
 * Admits a batch of an import's rows through the member decider, as single admissions are
 * admitted (her CCCD reserved among active members, her personal data sealed under a key of
 * her own, the MemberAdmitted commit in the event store, which is the outbox), with one write
 * per step for the whole batch. Idempotent: member ids come from the job and the row, so a
 * reservation she holds is hers, a key she has is kept, and a stream she has is left.
 */
@Injectable()
export class ImportAdmissions {
  constructor(
    private readonly members: MemberWorkspace,
    private readonly personalData: MemberPersonalData,
    private readonly lookups: ImportLookups,
  ) {}

  private readonly branchCache = new Map<string, { facts: BranchFacts; at: number }>();

  /** The first row refused (the directory or the reservations changed since validation). */
  async admit(
    rows: readonly PlannedMember[],
    job: MemberImportJob,
    resumed: boolean,
  ): Promise<FieldError | undefined> {
    const refused: Refusal[] = [];
    const branches = await this.branchesOf(rows, job, refused);
    const units = this.cachedFacts();
    const placed = rows.filter((row) => branches.has(row.branchId));
    const pending = resumed ? await this.confirmAdmitted(placed) : placed;
    const wanted = pending.map((row) => this.wanted(row));
    // Her data is sealed while her number is reserved: a key made for a row refused here
    // seals nothing that is kept.
    const [taken, sealed] = await Promise.all([
      this.members.reservations.reserveAll(wanted, (owner) => this.holds(owner)),
      this.personalData.vault.sealAll(
        pending.map((row) => ({ subjectId: row.memberId, data: row.personal })),
      ),
    ]);
    const today = todayInVietnam();
    const admitted: { row: PlannedMember; reservation: Wanted }[] = [];
    const admissions: CommandEnvelope<MemberCommand>[] = [];
    pending.forEach((row, i) => {
      const reservation = wanted[i] as Wanted;
      if (taken.has(reservation.id)) {
        refused.push(takenError(row));
        return;
      }
      const branch = branches.get(row.branchId) as BranchFacts;
      const facts = { branch, group: groupOf(row.groupId, units), today };
      admitted.push({ row, reservation });
      admissions.push(this.admission(row, facts, sealed[i] ?? '', job));
    });
    // A stream that exists already is hers, from this job's run before a crash: it is kept.
    const outcomes = await this.members.commands.handler.handleNew(admissions);
    const confirmed: Wanted[] = [];
    const released: Wanted[] = [];
    outcomes.forEach((outcome, i) => {
      const { row, reservation } = admitted[i] as (typeof admitted)[number];
      if (outcome.outcome !== 'refused') {
        confirmed.push(reservation);
        return;
      }
      const { code, message } = outcome.error;
      refused.push(rowError(row.row, COLUMN_OF_CODE[code] ?? 'admittedOn', message) as Refusal);
      released.push(reservation);
    });
    await Promise.all([
      this.members.reservations.confirmAll(confirmed),
      this.members.reservations.releaseAll(released),
    ]);
    return refused.sort((a, b) => a.row - b.row)[0];
  }

  private wanted(row: PlannedMember): Wanted {
    return { id: this.personalData.reservationFor(row.personal.nationalId), owner: row.memberId };
  }

  /** An unconfirmed reservation is its owner's only if her stream says she is active. */
  private async holds(owner: string): Promise<boolean> {
    return (await this.members.load(owner)).state.status === 'active';
  }

  /** The facts read for the batch, by unit id (branches and groups). */
  private cachedFacts(): Map<string, BranchFacts> {
    return new Map([...this.branchCache].map(([id, { facts }]) => [id, facts]));
  }

  /**
   * Each branch and group of the batch, read again (at most every few seconds: a list names
   * thousands); the branches active, and in the uploader's scope still. A group that moved away
   * or closed since validation is the decider's to refuse.
   */
  private async branchesOf(
    rows: readonly PlannedMember[],
    job: MemberImportJob,
    refused: Refusal[],
  ): Promise<Map<string, BranchFacts>> {
    const now = Date.now();
    if (this.branchCache.size > MAX_CACHED_BRANCHES) this.branchCache.clear();
    const stale = rows
      .flatMap((row) => [row.branchId, ...(row.groupId === null ? [] : [row.groupId])])
      .filter((id) => {
        const cached = this.branchCache.get(id);
        return !cached || now - cached.at > BRANCH_FRESH_MS;
      });
    for (const [id, facts] of await this.lookups.branchFacts(stale))
      this.branchCache.set(id, { facts, at: now });
    const principal = { ...job, roles: job.roles as readonly Role[] };
    const byId = new Map<string, BranchFacts>();
    for (const row of rows) {
      const facts = this.branchCache.get(row.branchId)?.facts;
      if (facts?.active && inScope(principal, [...facts.ancestorIds, facts.unitId]))
        byId.set(row.branchId, facts);
      else refused.push(branchError(row));
    }
    return byId;
  }

  /** After a crash: rows admitted already only get their reservation confirmed. */
  private async confirmAdmitted(rows: readonly PlannedMember[]): Promise<PlannedMember[]> {
    const loaded = await Promise.all(
      rows.map((row) => this.members.store.readStream(row.memberId)),
    );
    const admitted = rows.filter((_, i) => (loaded[i]?.length ?? 0) > 0);
    await this.members.reservations.confirmAll(admitted.map((row) => this.wanted(row)));
    return rows.filter((_, i) => (loaded[i]?.length ?? 0) === 0);
  }

  /** Her admission, as the uploader's command on her new stream. */
  private admission(
    row: PlannedMember,
    { branch, group, today }: AdmissionFacts,
    personal: string,
    job: MemberImportJob,
  ): CommandEnvelope<MemberCommand> {
    const { memberId, admittedOn, specialGroups } = row;
    return envelope(
      memberId,
      {
        type: 'AdmitMember',
        memberId,
        branch,
        group,
        birthDate: row.personal.birthDate,
        admittedOn,
        specialGroups,
        personal,
        today,
      },
      job,
    );
  }
}

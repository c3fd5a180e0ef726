import { Injectable } from '@nestjs/common';
import { cadreStreamId, type CadreUnitFacts } from '@vwu/training-domain';
import { inScope, type Role } from '@vwu/platform-auth';
import { todayInVietnam } from '@vwu/platform-config';
import { envelope, type CommandEnvelope, type Wanted } from '@vwu/platform-event-sourcing';
import type { FieldError } from '@vwu/platform-problems';
import { CadrePersonalData, CadreWorkspace } from '../cadre-streams';
import { Catalogue } from '../catalogue';
import { importCommand, seatOf, UnitPositions } from './cadre-import-command';
import type { ImportCadre } from './cadre-import-decider';
import { CadreImportLookups, type CadreSeatReservations } from './cadre-import-lookups';
import type { CadreImportJob, PlannedCadre } from './cadre-import.job';
import { refusalOf } from './cadre-import-plan';
import { rowError } from './cadre-sheet';

type Refusal = FieldError & { readonly row: number };

/** How long a unit's facts are taken as read, while a job runs. */
const UNIT_FRESH_MS = 5_000;
const MAX_CACHED_UNITS = 20_000;

const unitError = (row: PlannedCadre, column: 'unit' | 'postUnit') =>
  rowError(
    row.row,
    column,
    'đơn vị đã đóng hoặc ngoài phạm vi — the unit closed or left your scope',
  ) as Refusal;

const seatTaken = (row: PlannedCadre) =>
  rowError(
    row.row,
    'position',
    'đơn vị đã có người giữ chức vụ này — another cadre took this single seat since validation',
  ) as Refusal;

/**
 * Registers (and appoints) a batch of an import's rows as the single commands do: her single
 * seat reserved, her personal data sealed under a key of her own, her registration and post as
 * her stream's first commit, with one write per step for the whole batch. Idempotent: ids come
 * from the job and the row, so a seat she holds is hers, a key she has is kept, and a stream
 * she has is left.
 */
@Injectable()
export class ImportRegistrations {
  constructor(
    private readonly cadres: CadreWorkspace,
    private readonly personalData: CadrePersonalData,
    private readonly lookups: CadreImportLookups,
    private readonly catalogue: Catalogue,
  ) {}

  private get seats(): CadreSeatReservations {
    return this.lookups.seats;
  }

  private readonly unitCache = new Map<string, { facts: CadreUnitFacts; at: number }>();

  /** The first row refused (the directory or the seats changed since validation). */
  async register(
    rows: readonly PlannedCadre[],
    job: CadreImportJob,
    resumed: boolean,
  ): Promise<FieldError | undefined> {
    const refused: Refusal[] = [];
    const units = new UnitPositions(await this.unitsOf(rows, job, refused), this.catalogue);
    const refusedRows = new Set(refused.map((r) => r.row));
    const placed = rows.filter((row) => !refusedRows.has(row.row));
    const pending = resumed ? await this.confirmRegistered(placed, units) : placed;
    const wanted = new Map(pending.flatMap((row) => this.wanted(row, units)));
    await this.lookups.freeLeftSeats([...wanted.values()]);
    // Her data is sealed while her seat is reserved: a key made for a row refused here seals
    // nothing that is kept.
    const [taken, sealed] = await Promise.all([
      this.seats.reserveAll([...wanted.values()], this.lookups.holdsAPost),
      this.personalData.vault.sealAll(
        pending.map((row) => ({ subjectId: row.cadreId, data: row.personal })),
      ),
    ]);
    const today = todayInVietnam();
    const started: PlannedCadre[] = [];
    const commands: CommandEnvelope<ImportCadre>[] = [];
    pending.forEach((row, i) => {
      const seat = wanted.get(row.cadreId);
      if (seat && taken.has(seat.id)) {
        refused.push(seatTaken(row));
        return;
      }
      started.push(row);
      const command = importCommand(row, units, sealed[i] ?? '', today);
      commands.push(envelope(cadreStreamId(row.cadreId), command, job));
    });
    // A stream that exists already is hers, from this job's run before a crash: it is kept.
    const outcomes = await this.lookups.commands.handler.handleNew(commands);
    const confirmed: Wanted[] = [];
    const released: Wanted[] = [];
    outcomes.forEach((outcome, i) => {
      const row = started[i] as PlannedCadre;
      const seat = wanted.get(row.cadreId);
      if (outcome.outcome === 'refused') refused.push(refusalOf(row.row, outcome.error) as Refusal);
      if (seat) (outcome.outcome === 'refused' ? released : confirmed).push(seat);
    });
    await Promise.all([this.seats.confirmAll(confirmed), this.seats.releaseAll(released)]);
    return refused.sort((a, b) => a.row - b.row)[0];
  }

  private wanted(row: PlannedCadre, units: UnitPositions) {
    const seat = seatOf(row, units);
    return seat === undefined ? [] : [[row.cadreId, { id: seat, owner: row.cadreId }] as const];
  }

  /**
   * Each unit of the batch, read again (at most every few seconds: a list names hundreds); the
   * record's and the post's unit active, and in the uploader's scope still.
   */
  private async unitsOf(
    rows: readonly PlannedCadre[],
    job: CadreImportJob,
    refused: Refusal[],
  ): Promise<Map<string, CadreUnitFacts>> {
    await this.refreshUnits(rows);
    const principal = { ...job, roles: job.roles as readonly Role[] };
    const usable = (id: string) => {
      const facts = this.unitCache.get(id)?.facts;
      return facts?.active && inScope(principal, [...facts.ancestorIds, facts.unitId])
        ? facts
        : undefined;
    };
    const byId = new Map<string, CadreUnitFacts>();
    for (const row of rows) {
      const facts = [row.unitId, ...(row.post ? [row.post.unitId] : [])].map(usable);
      const bad = facts.findIndex((f) => f === undefined);
      if (bad >= 0) refused.push(unitError(row, bad === 0 ? 'unit' : 'postUnit'));
      else for (const f of facts) if (f) byId.set(f.unitId, f);
    }
    return byId;
  }

  /** The batch's units not read in the last few seconds, read again. */
  private async refreshUnits(rows: readonly PlannedCadre[]): Promise<void> {
    const now = Date.now();
    if (this.unitCache.size > MAX_CACHED_UNITS) this.unitCache.clear();
    const stale = rows
      .flatMap((row) => [row.unitId, ...(row.post ? [row.post.unitId] : [])])
      .filter((id) => {
        const cached = this.unitCache.get(id);
        return !cached || now - cached.at > UNIT_FRESH_MS;
      });
    for (const [id, facts] of await this.lookups.unitFacts(stale))
      this.unitCache.set(id, { facts, at: now });
  }

  /** After a crash: rows registered already only get their seat confirmed. */
  private async confirmRegistered(
    rows: readonly PlannedCadre[],
    units: UnitPositions,
  ): Promise<PlannedCadre[]> {
    const loaded = await Promise.all(
      rows.map((row) => this.cadres.store.readStream(cadreStreamId(row.cadreId))),
    );
    const registered = rows.filter((_, i) => (loaded[i]?.length ?? 0) > 0);
    const seats = registered.flatMap((row) => this.wanted(row, units).map(([, seat]) => seat));
    await this.seats.confirmAll(seats);
    return rows.filter((_, i) => (loaded[i]?.length ?? 0) === 0);
  }
}

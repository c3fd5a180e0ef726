import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  getUnit,
  getUnitHistory,
  getUnitSummary,
  listUnitChildren,
  PROJECTIONS_RPC,
  type HistoryPageDto,
  type SubtreeSummaryDto,
  type RpcRequest,
  type UnitPageDto,
  type UnitViewDto,
} from '@vwu/internal-api';
import { todayInVietnam } from '@vwu/platform-config';
import { Answers, inputOf, RpcProblemFilter } from '@vwu/platform-nest';
import {
  decodeCursor,
  decodeHistoryCursor,
  UnitQueries,
  UnitReports,
  UnitRollupQueries,
  subtreeSummary,
  type Page,
  type UnitDto,
} from '@vwu/projections-organisation';
import { memberFigures } from '@vwu/projections-membership';
import { trainingFigures } from '@vwu/projections-training';
import { InvalidCursorError, UnitNotFoundError } from './errors';

/** Reads of the units read model for the gateway, which has checked the caller's scope. */
@Controller()
@UseFilters(RpcProblemFilter)
export class UnitsRpcController {
  constructor(
    private readonly queries: UnitQueries,
    private readonly reports: UnitReports,
    private readonly rollups: UnitRollupQueries,
  ) {}

  @Answers(getUnitHistory)
  async history(@Payload() request: RpcRequest<unknown>): Promise<HistoryPageDto> {
    const { params, query } = inputOf(getUnitHistory, request);
    const { id } = params;
    const { limit, after } = query;
    const cursor = after === undefined ? undefined : decodeHistoryCursor(after);
    if (after !== undefined && !cursor)
      throw new InvalidCursorError('the cursor is not one this API gave');
    const page = await this.reports.historyOf(id, limit, cursor);
    return { ...page, items: [...page.items] };
  }

  /** The subtree's figures on a date, and with `children` each child's: precomputed reads. */
  @Answers(getUnitSummary)
  async summary(@Payload() request: RpcRequest<unknown>): Promise<SubtreeSummaryDto> {
    const { params, query } = inputOf(getUnitSummary, request);
    const { id } = params;
    const asOf = query.asOf ?? todayInVietnam();
    const year = query.year ?? Number(asOf.slice(0, 4));
    const children = query.children === 'true';
    const below = children ? await this.childrenOn(id, asOf) : [];
    const counts = await this.rollups.inForce([id, ...below.map((u) => u.id)], asOf);
    const summaryOf = (unitId: string) => ({
      ...subtreeSummary(unitId, { year, asOf }, counts.get(unitId) ?? {}),
      members: memberFigures(counts.get(unitId) ?? {}, year),
      cadres: trainingFigures(counts.get(unitId) ?? {}, year),
    });
    return {
      ...summaryOf(id),
      ...(children
        ? { children: below.map((u) => ({ ...summaryOf(u.id), name: u.name, kind: u.kind })) }
        : {}),
    };
  }

  /** Every unit directly under the parent on the date, page by page. */
  private async childrenOn(parentId: string, asOf: string): Promise<UnitDto[]> {
    const all: UnitDto[] = [];
    let after: Parameters<UnitQueries['children']>[1]['after'];
    do {
      const page = await this.queries.children(parentId, {
        limit: 200,
        asOf,
        ...(after ? { after } : {}),
      });
      all.push(...page.items);
      after = page.nextCursor === undefined ? undefined : decodeCursor(page.nextCursor);
    } while (after);
    return all;
  }

  @Answers(getUnit)
  async get(@Payload() request: RpcRequest<unknown>): Promise<UnitViewDto> {
    const { id } = inputOf(getUnit, request).params;
    const unit = await this.queries.get(id);
    if (!unit) throw new UnitNotFoundError(`unit ${id} is not known (yet)`);
    return { ...unit, ancestorIds: [...unit.ancestorIds] };
  }

  @MessagePattern(PROJECTIONS_RPC.unitVersion)
  async version(@Payload() request: RpcRequest<{ id: string }>): Promise<number> {
    return this.queries.versionOf(request.body.id);
  }

  /** The children, each with its subtree's counts, and the parent's own: one read per unit. */
  @Answers(listUnitChildren)
  async children(@Payload() request: RpcRequest<unknown>): Promise<UnitPageDto> {
    const { params, query } = inputOf(listUnitChildren, request);
    const parentId = params.id;
    const { limit, after, asOf } = query;
    const cursor = after === undefined ? undefined : decodeCursor(after);
    if (after !== undefined && !cursor)
      throw new InvalidCursorError('the cursor is not one this API gave');
    const page = await this.queries.children(parentId, {
      limit,
      ...(cursor ? { after: cursor } : {}),
      ...(asOf ? { asOf } : {}),
    });
    return this.withCounts(parentId, page, asOf ?? todayInVietnam());
  }

  private async withCounts(parentId: string, page: Page<UnitDto>, asOf: string) {
    const counts = await this.rollups.countsOf([parentId, ...page.items.map((u) => u.id)], asOf);
    return {
      asOf,
      counts: counts.get(parentId) ?? {},
      items: page.items.map((u) => ({
        ...u,
        ancestorIds: [...u.ancestorIds],
        counts: counts.get(u.id) ?? {},
      })),
      ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}),
    };
  }
}

import { Controller, UseFilters } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  PROJECTIONS_RPC,
  type ChildrenRequest,
  type HistoryPageDto,
  type SubtreeSummaryDto,
  type RpcRequest,
  type UnitPageDto,
  type UnitViewDto,
} from '@vwu/internal-api';
import { todayInVietnam } from '@vwu/platform-config';
import { RpcProblemFilter } from '@vwu/platform-nest';
import {
  decodeCursor,
  decodeHistoryCursor,
  UnitQueries,
  UnitReports,
  UnitRollupQueries,
  type Page,
  type UnitDto,
} from '@vwu/projections-organisation';
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

  @MessagePattern(PROJECTIONS_RPC.unitHistory)
  async history(
    @Payload() request: RpcRequest<{ id: string; limit: number; after?: string }>,
  ): Promise<HistoryPageDto> {
    const { id, limit, after } = request.body;
    const cursor = after === undefined ? undefined : decodeHistoryCursor(after);
    if (after !== undefined && !cursor)
      throw new InvalidCursorError('the cursor is not one this API gave');
    const page = await this.reports.historyOf(id, limit, cursor);
    return { ...page, items: [...page.items] };
  }

  @MessagePattern(PROJECTIONS_RPC.unitSummary)
  summary(
    @Payload() request: RpcRequest<{ id: string; year: number }>,
  ): Promise<SubtreeSummaryDto> {
    return this.reports.summary(request.body.id, request.body.year);
  }

  @MessagePattern(PROJECTIONS_RPC.getUnit)
  async get(@Payload() request: RpcRequest<{ id: string }>): Promise<UnitViewDto> {
    const unit = await this.queries.get(request.body.id);
    if (!unit) throw new UnitNotFoundError(`unit ${request.body.id} is not known (yet)`);
    return { ...unit, ancestorIds: [...unit.ancestorIds] };
  }

  @MessagePattern(PROJECTIONS_RPC.unitVersion)
  async version(@Payload() request: RpcRequest<{ id: string }>): Promise<number> {
    return this.queries.versionOf(request.body.id);
  }

  /** The children, each with its subtree's counts, and the parent's own: one read per unit. */
  @MessagePattern(PROJECTIONS_RPC.unitChildren)
  async children(@Payload() request: RpcRequest<ChildrenRequest>): Promise<UnitPageDto> {
    const { parentId, limit, after, asOf } = request.body;
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

import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  correctRatingBody,
  dissolveUnitBody,
  mergeUnitBody,
  moveUnitBody,
  ORGANISATION_RPC,
  rateUnitBody,
  recordInspectionBody,
  recordPopulationBody,
  unitIdParam,
  yearParam,
  type ClosureResultDto,
  type UnitCommandResultDto,
} from '@vwu/internal-api';
import { RequirePermissions } from '@vwu/platform-auth';
import { parseBody } from '@vwu/platform-http';
import type { z } from 'zod';
import { Call } from './call-context';
import { Upstream, type CallContext } from './upstream';

/**
 * A merger or dissolution moves every child of the unit within the request (one append each):
 * a district union with hundreds of children takes longer than a single append. The work goes on
 * if the client gives up (and a repeat finishes it), so waiting longer only spares a retry.
 */
const CLOSURE_TIMEOUT_MS = 60_000;

interface Input {
  readonly id: string;
  readonly schema: z.ZodType;
  readonly body: unknown;
}

/**
 * Changes of the tree and facts about units. Bodies are validated here (422 with every field)
 * and again by organisation-service, which also decides scope on the tree as it records it.
 */
@Controller('api/v1/units/:id')
@RequirePermissions('units:write')
export class UnitChangesController {
  constructor(private readonly upstream: Upstream) {}

  @Post('move')
  @HttpCode(200)
  move(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send<UnitCommandResultDto>(
      ORGANISATION_RPC.moveUnit,
      { id, schema: moveUnitBody, body },
      call,
    );
  }

  @Post('merge')
  @HttpCode(200)
  merge(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.send<ClosureResultDto>(
      ORGANISATION_RPC.mergeUnit,
      { id, schema: mergeUnitBody, body },
      { ...call, timeoutMs: CLOSURE_TIMEOUT_MS },
    );
  }

  @Post('dissolve')
  @HttpCode(200)
  dissolve(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    const pattern = ORGANISATION_RPC.dissolveUnit;
    return this.send<ClosureResultDto>(
      pattern,
      { id, schema: dissolveUnitBody, body },
      { ...call, timeoutMs: CLOSURE_TIMEOUT_MS },
    );
  }

  @Post('population')
  @HttpCode(200)
  population(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.fact('population', { id, schema: recordPopulationBody, body }, call);
  }

  @Post('ratings')
  @HttpCode(200)
  rate(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.fact('rating', { id, schema: rateUnitBody, body }, call);
  }

  @Put('ratings/:year')
  @HttpCode(200)
  correct(
    @Param('id') id: string,
    @Param('year') year: string,
    @Body() body: unknown,
    @Call() call: CallContext,
  ) {
    return this.fact('rating-correction', { id, schema: correctRatingBody, body, year }, call);
  }

  @Post('inspections')
  @HttpCode(200)
  inspect(@Param('id') id: string, @Body() body: unknown, @Call() call: CallContext) {
    return this.fact('inspection', { id, schema: recordInspectionBody, body }, call);
  }

  private send<T>(
    pattern: string,
    input: Input,
    call: CallContext & { readonly timeoutMs?: number },
  ): Promise<T> {
    const unitId = parseBody(unitIdParam, input.id);
    const request = { unitId, body: parseBody(input.schema, input.body) };
    return this.upstream.call<T>(this.upstream.organisation, pattern, request, call);
  }

  private fact(
    fact: string,
    input: Input & { year?: string },
    call: CallContext,
  ): Promise<UnitCommandResultDto> {
    const { year } = input;
    const request = {
      unitId: parseBody(unitIdParam, input.id),
      fact,
      body: parseBody(input.schema, input.body),
      ...(year === undefined ? {} : { year: parseBody(yearParam, year) }),
    };
    const pattern = ORGANISATION_RPC.recordUnitFact;
    return this.upstream.call(this.upstream.organisation, pattern, request, call);
  }
}

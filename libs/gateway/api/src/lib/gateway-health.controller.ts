import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@vwu/platform-auth';
import { PING_PATTERN } from '@vwu/platform-nest';
import type { Response } from 'express';
import { Upstream } from './upstream';

/** /health: the gateway runs. /ready: both services answer over RPC. */
@Controller()
@Public()
export class GatewayHealthController {
  constructor(private readonly upstream: Upstream) {}

  @Get('health')
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    const call = { correlationId: 'readiness' };
    const ping = (name: 'organisation' | 'projections') =>
      this.upstream
        .call<string>(this.upstream[name], PING_PATTERN, {}, call)
        .then(() => ({ ok: true }))
        .catch(() => ({ ok: false }));
    const [organisation, projections] = await Promise.all([
      ping('organisation'),
      ping('projections'),
    ]);
    const ready = organisation.ok && projections.ok;
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks: { organisation, projections } };
  }
}

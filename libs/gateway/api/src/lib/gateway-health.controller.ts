import { Controller, Get, Res } from '@nestjs/common';
import { Public } from '@vwu/platform-auth';
import { PING_PATTERN } from '@vwu/platform-nest';
import type { Response } from 'express';
import { Upstream } from './upstream';

const SERVICES = ['organisation', 'projections', 'membership', 'training'] as const;

/** /health: the gateway runs. /ready: every service it calls answers over RPC. */
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
    const ping = (name: (typeof SERVICES)[number]) =>
      this.upstream
        .call<string>(this.upstream[name], PING_PATTERN, {}, call)
        .then(() => ({ ok: true }))
        .catch(() => ({ ok: false }));
    const results = await Promise.all(SERVICES.map(async (name) => [name, await ping(name)]));
    const checks = Object.fromEntries(results) as Record<string, { ok: boolean }>;
    const ready = Object.values(checks).every((check) => check.ok);
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks };
  }
}

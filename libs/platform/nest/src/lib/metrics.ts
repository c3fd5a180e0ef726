import {
  Controller,
  Get,
  Header,
  Injectable,
  Res,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { Public } from '@vwu/platform-auth';
import { metrics, scrape } from '@vwu/platform-metrics';
import type { Response } from 'express';
import { tap, type Observable } from 'rxjs';

/** GET /metrics: Prometheus' text exposition of this process's metrics (no ids in any label). */
@Controller()
@Public()
export class MetricsController {
  @Get('metrics')
  @Header('Cache-Control', 'no-store')
  async metrics(@Res({ passthrough: true }) response: Response): Promise<string> {
    const { contentType, body } = await scrape();
    response.type(contentType);
    return body;
  }
}

/** Times every RPC message a service answers, by its pattern and outcome. */
@Injectable()
export class RpcMetricsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'rpc') return next.handle();
    const rpc = context.switchToRpc().getContext<{ getPattern?: () => string }>();
    const pattern = rpc.getPattern?.() ?? 'unknown';
    const end = metrics.rpcRequestDuration.startTimer({ pattern });
    return next
      .handle()
      .pipe(tap({ next: () => end({ outcome: 'ok' }), error: () => end({ outcome: 'error' }) }));
  }
}

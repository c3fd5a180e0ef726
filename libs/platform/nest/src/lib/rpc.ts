import { Catch, Logger, type RpcExceptionFilter } from '@nestjs/common';
import type { RpcProblem } from '@vwu/internal-api';
import { toProblem } from '@vwu/platform-http';
import { throwError, type Observable } from 'rxjs';

/** An error as the gateway may see it: the same problem the HTTP edge would answer. */
export function toRpcProblem(error: unknown, logger: Logger): RpcProblem {
  const { status, code, title, detail, errors } = toProblem(error);
  if (status >= 500)
    logger.error(error instanceof Error ? (error.stack ?? error.message) : 'non-error thrown');
  return { status, code, title, detail, ...(errors ? { errors: [...errors] } : {}) };
}

/** Service side of the RPC: every failure leaves as a problem the gateway renders as it is. */
@Catch()
export class RpcProblemFilter implements RpcExceptionFilter<unknown> {
  private readonly logger = new Logger('Rpc');

  catch(exception: unknown): Observable<never> {
    return throwError(() => toRpcProblem(exception, this.logger));
  }
}

import { Catch, Inject, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { throwError, type Observable } from 'rxjs';
import { PROBLEM_CONTENT_TYPE, ProblemError } from './problem';
import { toProblem } from './to-problem';

interface RequestLine {
  readonly method: string;
  readonly originalUrl?: string;
  readonly url: string;
}

/** The path only: a query string may carry personal data (a name searched for, a phone). */
function pathOf(request: RequestLine): string {
  return (request.originalUrl ?? request.url).split('?')[0] ?? '/';
}

/**
 * Every error of an HTTP request as `application/problem+json` (RFC 9457) with a stable `code`.
 * 5xx are logged with their stack (method and path only: never a body, a query or a header).
 * Register it globally: `app.useGlobalFilters(new ProblemDetailsFilter(app.get(HttpAdapterHost)))`
 * or import ProblemDetailsModule; then unknown routes answer a 404 problem too.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void | Observable<never> {
    // Kafka handlers and other transports keep their own error handling.
    if (host.getType() !== 'http') return throwError(() => exception);
    const http = host.switchToHttp();
    const request = http.getRequest<RequestLine>();
    const response: unknown = http.getResponse();
    const problem = { ...toProblem(exception), instance: pathOf(request) };
    if (problem.status >= 500) this.log(exception, request);
    const { httpAdapter } = this.adapterHost;
    if (httpAdapter.isHeadersSent(response)) return void httpAdapter.end(response);
    // Written as it is: reply() would turn the media type back into application/json.
    httpAdapter.status(response, problem.status);
    httpAdapter.setHeader(response, 'Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    if (problem.status === 401) httpAdapter.setHeader(response, 'WWW-Authenticate', 'Bearer');
    if (exception instanceof ProblemError)
      for (const [name, value] of Object.entries(exception.headers ?? {}))
        httpAdapter.setHeader(response, name, value);
    httpAdapter.end(response, JSON.stringify(problem));
  }

  private log(exception: unknown, request: RequestLine): void {
    const what =
      exception instanceof Error ? `${exception.name}: ${exception.message}` : String(exception);
    const stack = exception instanceof Error ? exception.stack : undefined;
    this.logger.error(`${request.method} ${pathOf(request)} failed: ${what}`, stack);
  }
}

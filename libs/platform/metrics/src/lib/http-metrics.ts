import { metrics } from './metrics';

/** What the middleware reads of an Express request and response. */
interface Request {
  readonly method: string;
  readonly baseUrl?: string;
  readonly route?: { readonly path?: unknown };
}
interface Response {
  readonly statusCode: number;
  once(event: 'finish' | 'close', listener: () => void): unknown;
}

/**
 * Times every HTTP request, answered by a route or not (a 401 from a guard, a 413 from the body
 * guard, a 404), labelled with the route's template (`/api/v1/units/:id`), never its path.
 */
export function httpMetrics(request: Request, response: Response, next: () => void): void {
  const end = metrics.httpRequestDuration.startTimer();
  let recorded = false;
  const record = () => {
    if (recorded) return;
    recorded = true;
    const path = request.route?.path;
    const route = typeof path === 'string' ? `${request.baseUrl ?? ''}${path}` : 'unmatched';
    end({ method: request.method, route, status: String(response.statusCode) });
  };
  response.once('finish', record);
  response.once('close', record);
  next();
}

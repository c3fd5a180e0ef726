// The seed's calls to the public API (the gateway), with a bearer token: nothing else.
import { randomUUID } from 'node:crypto';

export interface Api {
  readonly url: string;
  readonly token: string;
}

export interface UnitItem {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
}

export class ApiError extends Error {
  readonly status: number;
  readonly body: string;

  constructor(status: number, body: string, what: string) {
    super(`${what} answered ${status}: ${body.slice(0, 2000)}`);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }
}

/** Answers worth repeating the same request for: the service was slow or busy with it. */
function retryable(status: number, text: string): boolean {
  return status === 503 || status === 504 || text.includes('"idempotency.in-progress"');
}

function requestInit(api: Api, method: string, body: unknown): RequestInit {
  const headers: Record<string, string> = { authorization: `Bearer ${api.token}` };
  if (method !== 'GET') headers['idempotency-key'] = randomUUID();
  if (body === undefined) return { method, headers };
  headers['content-type'] = 'application/json';
  return { method, headers, body: JSON.stringify(body) };
}

/**
 * One request; a command carries an Idempotency-Key, so that repeating it after a timeout (as a
 * mobile client does) returns the first result instead of acting twice.
 */
export async function call<T>(
  api: Api,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: T }> {
  const init = requestInit(api, method, body);
  for (let attempt = 1; ; attempt += 1) {
    const response = await fetch(`${api.url}${path}`, init);
    const text = await response.text();
    if (response.status < 400)
      return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
    if (!retryable(response.status, text) || attempt === 5)
      throw new ApiError(response.status, text, `${method} ${path}`);
    await sleep(1_000 * attempt);
  }
}

/** Every child of a unit (as of a date, if given), page by page. */
export async function children(api: Api, unitId: string, asOf?: string): Promise<UnitItem[]> {
  const items: UnitItem[] = [];
  let after: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '200' });
    if (after) query.set('after', after);
    if (asOf) query.set('asOf', asOf);
    const page = await call<{ items: UnitItem[]; nextCursor?: string }>(
      api,
      'GET',
      `/api/v1/units/${unitId}/children?${query.toString()}`,
    );
    items.push(...page.body.items);
    after = page.body.nextCursor;
  } while (after);
  return items;
}

/** Runs `task` over `items`, `concurrency` at a time, in order of start. */
export async function inParallel<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return results;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

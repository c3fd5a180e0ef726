import { randomUUID } from 'node:crypto';
import { membershipPlatform } from './membership-platform';
import {
  casesOf,
  faultOf,
  operationsOf,
  validatorOf,
  type Answer,
  type Case,
  type Document,
  type Operation,
} from './openapi-cases';

// The API keeps its OpenAPI document: for every operation of the served /api/openapi.json, a
// plausible request, malformed JSON, an oversize body, wrong media types, invalid parameters and
// body, and no token. None may answer 5xx; each status must be documented for the operation,
// with the media type and a body that validates against the schema documented for it. Also the
// gateway's CORS, compression and readiness.
const PORT = Number(process.env['CONTRACT_E2E_PORT'] ?? 4450);
const ORIGIN = 'https://app.vwu.test';
process.env['VWU_CORS_ORIGINS'] = `${ORIGIN}, https://mobile.vwu.test`;
const session = membershipPlatform(PORT);
beforeAll(() => delete process.env['VWU_CORS_ORIGINS']);

async function send(operation: Operation, request: Case): Promise<Answer> {
  const { url, adminToken } = session.platform;
  const response = await fetch(`${url}${request.path}`, {
    method: operation.method,
    headers: {
      ...(request.authenticated ? { authorization: `Bearer ${adminToken}` } : {}),
      ...(request.contentType ? { 'content-type': request.contentType } : {}),
    },
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

async function served(): Promise<Document> {
  const response = await fetch(`${session.platform.url}/api/openapi.json`);
  expect(response.status).toBe(200);
  return (await response.json()) as Document;
}

/** A server error's cause is in the services' logs (paths and stacks, never bodies). */
function serverErrorLogs(failures: readonly string[]): string[] {
  if (!failures.some((failure) => failure.includes('a server error'))) return [];
  return session.platform
    .output()
    .split('\n')
    .filter((line) => /ERROR|failed: |Error: | {4}at /.test(line))
    .slice(0, 40);
}

it('answers every operation of its OpenAPI document as documented, whatever it is sent', async () => {
  const document = await served();
  const validator = validatorOf(document);
  const operations = operationsOf(document);
  expect(operations.length).toBeGreaterThanOrEqual(51);
  const failures: string[] = [];
  const statuses = new Set<number>();
  for (const operation of operations) {
    const cases = casesOf(document, operation, session.root);
    const answers = await Promise.all(cases.map((c) => send(operation, c)));
    answers.forEach((answer, i) => {
      statuses.add(answer.status);
      const problem = faultOf(operation, answer, validator);
      if (problem)
        failures.push(`${operation.operationId} ${cases[i]?.name} → ${answer.status}: ${problem}`);
    });
  }
  expect([...failures, ...serverErrorLogs(failures)]).toEqual([]);
  // The cases reached the API's own checks, not only the token check.
  expect([...statuses]).toEqual(expect.arrayContaining([200, 201, 400, 401, 404, 413, 415, 422]));
}, 120_000);

it('answers a version never written with a clear 4xx, documented, instead of a 503', async () => {
  const read = (id: string) =>
    fetch(`${session.platform.url}/api/v1/units/${id}?minVersion=999999&waitMs=0`, {
      headers: { authorization: `Bearer ${session.platform.adminToken}` },
    });
  const ahead = await read(session.root);
  expect(ahead.status).toBe(422);
  expect(await ahead.json()).toMatchObject({ code: 'read-model.version-not-written' });
  const never = await read(randomUUID());
  expect(never.status).toBe(404);
  expect(await never.json()).toMatchObject({ code: 'read-model.stream-not-found' });
  const getUnit = (await served()).paths['/api/v1/units/{id}']?.['get'] as {
    responses: Record<string, { description?: string; headers?: Record<string, unknown> }>;
  };
  expect(getUnit.responses['422']?.description).toContain('read-model.version-not-written');
  expect(getUnit.responses['503']?.headers).toHaveProperty('Retry-After');
});

describe('the gateway', () => {
  it('is ready when every service it calls is, training included', async () => {
    const reply = await fetch(`${session.platform.url}/ready`);
    expect(reply.status).toBe(200);
    expect(await reply.json()).toEqual({
      status: 'ready',
      checks: {
        organisation: { ok: true },
        projections: { ok: true },
        membership: { ok: true },
        training: { ok: true },
      },
    });
  });

  it('compresses what a client accepts compressed', async () => {
    const url = `${session.platform.url}/api/openapi.json`;
    const gzip = await fetch(url, { headers: { 'accept-encoding': 'gzip' } });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.json()).toHaveProperty('openapi', '3.1.0');
    const plain = await fetch(url, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it('answers CORS preflights from a configured origin, and exposes the headers clients read', async () => {
    const url = `${session.platform.url}/api/v1/units`;
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: {
        origin: ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain(
      'idempotency-key',
    );

    const reply = await fetch(url, {
      method: 'POST',
      headers: {
        origin: 'https://mobile.vwu.test',
        authorization: `Bearer ${session.platform.adminToken}`,
        'content-type': 'application/json',
        'idempotency-key': randomUUID(),
      },
      body: JSON.stringify({ name: 'Chi hội CORS', kind: 'grassroots', parentId: session.root }),
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.get('access-control-allow-origin')).toBe('https://mobile.vwu.test');
    const exposed = reply.headers.get('access-control-expose-headers')?.toLowerCase() ?? '';
    for (const header of ['etag', 'location', 'retry-after', 'idempotent-replayed'])
      expect(exposed).toContain(header);
  });

  it('gives an origin it was not configured with no CORS headers', async () => {
    const reply = await fetch(`${session.platform.url}/api/v1/units`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.test', 'access-control-request-method': 'POST' },
    });
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});

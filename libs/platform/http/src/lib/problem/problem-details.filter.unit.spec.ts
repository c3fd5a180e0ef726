import {
  Body,
  Controller,
  Get,
  NotFoundException,
  Param,
  Post,
  type INestApplication,
  type LoggerService,
} from '@nestjs/common';
import { Test } from '@nestjs/testing';
import {
  AuthModule,
  AuthenticationError,
  Public,
  RequirePermissions,
  TokenVerifier,
  type Principal,
} from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import { ConcurrencyConflictError } from '@vwu/platform-event-sourcing';
import { type Server } from 'node:http';
import request from 'supertest';
import { z } from 'zod';
import { ZodValidationPipe } from '../validation/zod-validation';
import { ProblemError } from './problem';
import { ProblemDetailsModule } from './problem-details.module';

const SECRET = '079185001234-SECRET';

class RuleBroken extends DomainError {
  constructor(
    readonly kind: DomainError['kind'],
    readonly code = `test.${kind}`,
  ) {
    super(`rule broken (${kind})`);
  }
}

class Lagging extends ProblemError {
  override readonly headers = { 'Retry-After': '1' };
  constructor() {
    super(503, 'read-model.lagging', 'retry');
  }
}

const memberSchema = z.object({ fullName: z.string().min(2), citizenId: z.string().length(12) });

@Controller()
class TestController {
  @Post('domain/:kind')
  domain(@Param('kind') kind: DomainError['kind']): never {
    throw new RuleBroken(kind);
  }

  @Get('lagging')
  lagging(): never {
    throw new Lagging();
  }

  @Post('race')
  race(): never {
    throw new ConcurrencyConflictError('unit-1', 4);
  }

  @Post('members')
  admit(@Body(new ZodValidationPipe(memberSchema)) body: z.output<typeof memberSchema>): object {
    return { admitted: body.fullName };
  }

  @Post('boom')
  boom(): never {
    throw new TypeError(`cannot read properties of undefined (reading '${SECRET.length}')`);
  }

  @Get('gone')
  gone(): never {
    throw new NotFoundException(`no member ${SECRET}`);
  }

  @RequirePermissions('units:write')
  @Post('units')
  establish(): object {
    return { ok: true };
  }

  @Public()
  @Get('health')
  health(): object {
    return { status: 'ok' };
  }
}

/** Accepts one token, as a viewer; verification itself is tested in platform-auth. */
class FakeVerifier extends TokenVerifier {
  constructor() {
    super({ issuer: 'i', audience: 'a', keys: () => Promise.reject(new Error('unused')) });
  }

  override verify(token: string | undefined): Promise<Principal> {
    if (!token) return Promise.reject(new AuthenticationError('auth.missing-token'));
    if (token !== 'viewer-token')
      return Promise.reject(new AuthenticationError('auth.invalid-token'));
    return Promise.resolve({ userId: 'u-1', roles: ['viewer'], scopeUnitId: 'unit-1' });
  }
}

const logged: string[] = [];
const logger: LoggerService = {
  log: () => undefined,
  warn: () => undefined,
  error: (...parts: unknown[]) => logged.push(parts.map(String).join(' | ')),
};

describe('ProblemDetailsFilter', () => {
  let app: INestApplication;
  const http = (): Server => app.getHttpServer() as Server;
  const viewer = { Authorization: 'Bearer viewer-token' };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ProblemDetailsModule, AuthModule.forRoot(new FakeVerifier())],
      controllers: [TestController],
    }).compile();
    app = moduleRef.createNestApplication({ logger });
    await app.init();
  });
  afterAll(() => app.close());
  beforeEach(() => logged.splice(0));

  it.each([
    ['invalid', 422],
    ['not-found', 404],
    ['conflict', 409],
    ['forbidden', 403],
  ])('answers a DomainError of kind %s with %i and its code', async (kind, status) => {
    const response = await request(http()).post(`/domain/${kind}`).set(viewer).expect(status);
    expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(response.body).toEqual({
      type: `https://vwu.vn/problems/test.${kind}`,
      title: expect.stringMatching(/^\S.* — [A-Z]/) as string,
      status,
      detail: `rule broken (${kind})`,
      code: `test.${kind}`,
      instance: `/domain/${kind}`,
    });
  });

  it('sends the headers a ProblemError carries, such as Retry-After', async () => {
    const response = await request(http()).get('/lagging').set(viewer).expect(503);
    expect(response.headers['retry-after']).toBe('1');
    expect(response.body).toMatchObject({ code: 'read-model.lagging', instance: '/lagging' });
  });

  it('answers a lost race with 409 concurrency-conflict', async () => {
    const response = await request(http()).post('/race').set(viewer).expect(409);
    expect(response.body).toMatchObject({ code: 'concurrency-conflict', status: 409 });
  });

  it('lists every invalid field with 422 validation.invalid, never echoing a value', async () => {
    const response = await request(http())
      .post('/members')
      .set(viewer)
      .send({ fullName: SECRET.slice(0, 1), citizenId: SECRET, extra: SECRET })
      .expect(422);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      type: 'https://vwu.vn/problems/validation.invalid',
      title: 'Dữ liệu không hợp lệ — Invalid input',
      code: 'validation.invalid',
      errors: [
        { field: 'fullName', reason: expect.any(String) as string },
        { field: 'citizenId', reason: expect.any(String) as string },
      ],
    });
    expect(response.text).not.toContain('SECRET');
    await request(http())
      .post('/members')
      .set(viewer)
      .send({ fullName: 'Lan', citizenId: '079185001234' })
      .expect(201, { admitted: 'Lan' });
  });

  it('answers a body that is not JSON with a 400 problem that does not quote it', async () => {
    const response = await request(http())
      .post('/members')
      .set(viewer)
      .set('Content-Type', 'application/json')
      .send(`{"citizenId": ${SECRET}`)
      .expect(400);
    expect(response.body).toMatchObject({ code: 'http.bad-request', status: 400 });
    expect(response.text).not.toContain('SECRET');
  });

  it('answers 401 problems for a missing or bad token, with WWW-Authenticate', async () => {
    const missing = await request(http()).post('/units').expect(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    expect(missing.body).toMatchObject({ code: 'auth.missing-token', status: 401 });
    const bad = await request(http())
      .post('/units')
      .set('Authorization', 'Bearer forged')
      .expect(401);
    expect(bad.body).toMatchObject({ code: 'auth.invalid-token' });
    expect(bad.text).not.toContain('forged');
  });

  it('answers a missing permission with 403 auth.forbidden', async () => {
    const response = await request(http()).post('/units').set(viewer).expect(403);
    expect(response.body).toMatchObject({
      code: 'auth.forbidden',
      title: 'Không có quyền — Forbidden',
      detail: expect.stringContaining('units:write') as string,
    });
  });

  it('answers HttpExceptions with their status and a generic code and detail', async () => {
    const response = await request(http()).get('/gone').set(viewer).expect(404);
    expect(response.body).toMatchObject({ code: 'http.not-found', instance: '/gone' });
    expect(response.text).not.toContain('SECRET');
  });

  it('answers unknown routes with a 404 problem, without the query string', async () => {
    const response = await request(http()).get(`/nowhere?phone=${SECRET}`).expect(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({ code: 'http.not-found', instance: '/nowhere' });
    expect(response.text).not.toContain('SECRET');
  });

  it('answers anything else with 500 internal, and logs it with its stack but not the body', async () => {
    const response = await request(http())
      .post(`/boom?q=${SECRET}`)
      .set(viewer)
      .send({ citizenId: SECRET })
      .expect(500);
    expect(response.body).toEqual({
      type: 'https://vwu.vn/problems/internal',
      title: 'Lỗi hệ thống — Internal error',
      status: 500,
      detail: expect.any(String) as string,
      code: 'internal',
      instance: '/boom',
    });
    expect(response.text).not.toMatch(/TypeError|undefined|19/);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatch(/^POST \/boom failed: TypeError: cannot read properties/);
    expect(logged[0]).toMatch(/at TestController\.boom/);
    expect(logged[0]).not.toContain('SECRET');
  });

  it('leaves 4xx out of the error log', async () => {
    await request(http()).post('/domain/conflict').set(viewer).expect(409);
    await request(http()).get('/health').expect(200);
    expect(logged).toEqual([]);
  });
});

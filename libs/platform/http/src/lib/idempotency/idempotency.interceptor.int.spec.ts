import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Module,
  Patch,
  Post,
  UnprocessableEntityException,
  type CanActivate,
  type DynamicModule,
  type ExecutionContext,
  type INestApplication,
} from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { type Principal } from '@vwu/platform-auth';
import { testInfra, uniqueName, waitFor } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { type Server } from 'node:http';
import request from 'supertest';
import { ProblemDetailsModule } from '../problem/problem-details.module';
import { IdempotencyModule } from './idempotency.module';

const MONGO = Symbol('MONGO');

@Module({})
class MongoModule {
  static with(connection: Connection): DynamicModule {
    return {
      module: MongoModule,
      providers: [{ provide: MONGO, useValue: connection }],
      exports: [MONGO],
    };
  }
}

/** Stands in for AuthGuard: the principal named by a test header. */
class TestPrincipalGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const req = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string>; principal?: Principal }>();
    const userId = req.headers['x-test-user'];
    if (userId) req.principal = { userId, roles: ['admin'], scopeUnitId: 'unit-city' };
    return true;
  }
}

let calls = 0;
let gate: Promise<void> = Promise.resolve();
let failNext: 'http' | 'crash' | undefined;

@Controller('units')
class UnitsController {
  @Post()
  async establish(@Body() body: { name: string }): Promise<object> {
    calls += 1;
    await gate;
    if (failNext === 'http') throw new UnprocessableEntityException();
    if (failNext === 'crash') throw new Error('store unavailable');
    return { unitId: `unit-${calls}`, name: body.name, version: 1 };
  }

  @Patch('1')
  @HttpCode(200)
  rename(): object {
    calls += 1;
    return { version: calls + 1 };
  }

  @Delete('1/members/2')
  @HttpCode(200)
  leave(): object {
    calls += 1;
    return { version: calls + 1 };
  }

  @Get()
  list(): object {
    calls += 1;
    return { items: [] };
  }
}

describe('IdempotencyInterceptor', () => {
  let connection: Connection;
  let app: INestApplication;
  const http = (): Server => app.getHttpServer() as Server;
  const post = (key?: string, user = 'user-1', name = 'Chi hội 5'): request.Test => {
    const req = request(http()).post('/units').set('x-test-user', user).send({ name });
    return key === undefined ? req : req.set('Idempotency-Key', key);
  };

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('idempotency_http') })
      .asPromise();
    const moduleRef = await Test.createTestingModule({
      imports: [
        ProblemDetailsModule,
        IdempotencyModule.forRoot({ connection: MONGO, imports: [MongoModule.with(connection)] }),
      ],
      controllers: [UnitsController],
      providers: [{ provide: APP_GUARD, useClass: TestPrincipalGuard }],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(async () => {
    await app?.close();
    await connection.dropDatabase();
    await connection.close();
  });
  beforeEach(() => {
    calls = 0;
    gate = Promise.resolve();
    failNext = undefined;
  });

  it('runs a retried request once and replays its response', async () => {
    const key = uniqueName('key');
    const first = await post(key).expect(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await post(key).expect(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(calls).toBe(1);
  });

  it('replays the status the route answered with', async () => {
    const key = uniqueName('key');
    await request(http())
      .patch('/units/1')
      .set('x-test-user', 'u')
      .set('Idempotency-Key', key)
      .expect(200, { version: 2 });
    await request(http())
      .patch('/units/1')
      .set('x-test-user', 'u')
      .set('Idempotency-Key', key)
      .expect(200, { version: 2 });
    expect(calls).toBe(1);
  });

  it('replays a DELETE: its retry does not run (nor answer 404) again', async () => {
    const key = uniqueName('key');
    const remove = () =>
      request(http())
        .delete('/units/1/members/2')
        .set('x-test-user', 'u')
        .set('Idempotency-Key', key);
    await remove().expect(200, { version: 2 });
    const retry = await remove().expect(200, { version: 2 });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(calls).toBe(1);
  });

  it('runs every request without a key, and every GET', async () => {
    await post().expect(201);
    await post().expect(201);
    await request(http())
      .get('/units')
      .set('x-test-user', 'u')
      .set('Idempotency-Key', 'k')
      .expect(200);
    await request(http())
      .get('/units')
      .set('x-test-user', 'u')
      .set('Idempotency-Key', 'k')
      .expect(200);
    expect(calls).toBe(4);
  });

  it('keeps keys per user', async () => {
    const key = uniqueName('key');
    await post(key, 'user-1').expect(201);
    const other = await post(key, 'user-2').expect(201);
    expect(other.headers['idempotent-replayed']).toBeUndefined();
    expect(calls).toBe(2);
  });

  it('answers 422 idempotency.key-reused to the key with another body', async () => {
    const key = uniqueName('key');
    await post(key, 'user-1', 'Chi hội 5').expect(201);
    const reused = await post(key, 'user-1', 'Chi hội 6').expect(422);
    expect(reused.body).toMatchObject({ code: 'idempotency.key-reused' });
    expect(calls).toBe(1);
  });

  it('answers 400 idempotency.invalid-key to a malformed key, running nothing', async () => {
    const response = await post('k'.repeat(256)).expect(400);
    expect(response.body).toMatchObject({ code: 'idempotency.invalid-key' });
    expect(calls).toBe(0);
  });

  it('does not keep the key of a request that failed', async () => {
    const key = uniqueName('key');
    failNext = 'http';
    await post(key).expect(422);
    failNext = 'crash';
    await post(key).expect(500);
    failNext = undefined;
    const success = await post(key).expect(201);
    expect(success.headers['idempotent-replayed']).toBeUndefined();
    expect(calls).toBe(3);
  });

  it('runs exactly one of two concurrent first requests; the other gets 409', async () => {
    const key = uniqueName('key');
    let open = (): void => undefined;
    gate = new Promise((resolve) => (open = resolve));
    const first = post(key).then((response) => response);
    await waitFor(() => calls === 1, 'the first request to reach the handler');
    const second = await post(key);
    open();
    expect((await first).status).toBe(201);
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ code: 'idempotency.in-progress' });
    expect(calls).toBe(1);
    const retry = await post(key).expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
  });

  it('runs the handler once when two first requests race', async () => {
    const key = uniqueName('key');
    const statuses = (await Promise.all([post(key), post(key)])).map((r) => r.status).sort();
    expect(calls).toBe(1);
    expect([
      [201, 201],
      [201, 409],
    ]).toContainEqual(statuses);
  });
});

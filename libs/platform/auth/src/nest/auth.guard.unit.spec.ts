import { Controller, Get, Module, Post, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type Server } from 'node:http';
import type { JWTPayload } from 'jose';
import request from 'supertest';
import { type Principal } from '../lib/principal';
import { TestKeys } from '../testing/test-keys';
import { AuthModule } from './auth.module';
import { bearerToken } from './auth.guard';
import { CurrentPrincipal, Public, RequirePermissions } from './decorators';

@Controller()
class TestController {
  @Public()
  @Get('health')
  health(): { status: string } {
    return { status: 'ok' };
  }

  @Get('whoami')
  whoami(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }

  @RequirePermissions('units:write')
  @Post('units')
  establish(@CurrentPrincipal() principal: Principal): { by: string } {
    return { by: principal.userId };
  }
}

@RequirePermissions('cases:read')
@Controller('cases')
class CasesController {
  @RequirePermissions('cases:write')
  @Post()
  open(): { opened: boolean } {
    return { opened: true };
  }
}

describe('AuthGuard', () => {
  let app: INestApplication;
  let keys: TestKeys;
  const manager = { sub: 'user-7', roles: ['unit-manager'], unit: 'unit-district-1' };

  beforeAll(async () => {
    keys = await TestKeys.create();
    @Module({
      imports: [AuthModule.forRoot(keys.verifier())],
      controllers: [TestController, CasesController],
    })
    class TestModule {}
    const moduleRef = await Test.createTestingModule({ imports: [TestModule] }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });
  afterAll(() => app.close());
  const http = (): Server => app.getHttpServer() as Server;

  const bearer = async (claims: JWTPayload): Promise<string> => `Bearer ${await keys.sign(claims)}`;

  it('lets anyone reach a @Public() route', async () => {
    await request(http()).get('/health').expect(200, { status: 'ok' });
  });

  it('answers 401 without a token, on every other route', async () => {
    const response = await request(http()).get('/whoami').expect(401);
    expect(response.body).toMatchObject({ statusCode: 401, message: /no bearer token/ });
  });

  it('answers 401 to a bad token, and to a header that is not Bearer', async () => {
    const forged = `Bearer ${await (await TestKeys.create()).sign(manager)}`;
    await request(http()).get('/whoami').set('Authorization', forged).expect(401);
    await request(http()).get('/whoami').set('Authorization', 'Basic dTpw').expect(401);
  });

  it('hands the verified principal to the handler', async () => {
    const response = await request(http())
      .get('/whoami')
      .set('Authorization', await bearer(manager))
      .expect(200);
    expect(response.body).toEqual({
      userId: 'user-7',
      roles: ['unit-manager'],
      scopeUnitId: 'unit-district-1',
    });
  });

  it('answers 403 when a required permission is missing, 2xx when granted', async () => {
    const viewer = await bearer({ ...manager, roles: ['viewer'] });
    const response = await request(http()).post('/units').set('Authorization', viewer).expect(403);
    expect(response.body).toMatchObject({ statusCode: 403, message: /units:write/ });
    await request(http())
      .post('/units')
      .set('Authorization', await bearer(manager))
      .expect(201, { by: 'user-7' });
  });

  it('requires the permissions of both the controller and the route', async () => {
    const reader = await bearer({ ...manager, roles: ['viewer', 'unit-manager'] });
    const officer = await bearer({ ...manager, roles: ['legal-aid-officer'] });
    await request(http()).post('/cases').set('Authorization', reader).expect(403);
    await request(http()).post('/cases').set('Authorization', officer).expect(201);
  });
});

describe('bearerToken', () => {
  it('reads the token of a Bearer header, case-insensitively', () => {
    expect(bearerToken('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerToken('bearer  abc')).toBe('abc');
    expect(bearerToken(undefined)).toBeUndefined();
    expect(bearerToken('')).toBeUndefined();
  });

  it.each(['Basic dTpw', 'Bearer', 'Bearer a b', 'abc'])('refuses %j', (header) => {
    expect(() => bearerToken(header)).toThrow(
      expect.objectContaining({ code: 'auth.invalid-token' }) as Error,
    );
  });
});

import { Controller, Get, Post, Req, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { AuthModule, AuthenticationError, TokenVerifier, type Principal } from '@vwu/platform-auth';
import { request as httpRequest, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { ProblemDetailsModule } from '../problem/problem-details.module';
import { readBody } from './read-body';
import { AcceptsBody } from './request-body.guard';
import { RequestBodyModule } from './request-body.module';

const LIMIT = 1024;
const handled: string[] = [];

@Controller()
class TestController {
  @Post('units')
  establish(@Req() req: { body?: unknown }): unknown {
    handled.push('units');
    return { received: req.body ?? null };
  }

  @Get('units')
  list(): unknown {
    return { items: [] };
  }

  @Post('plans')
  @AcceptsBody({ mediaTypes: ['application/json', 'text/csv'], jsonMaxBytes: 4 * LIMIT })
  async plan(@Req() req: IncomingMessage & { body?: unknown }): Promise<unknown> {
    handled.push('plans');
    if (req.headers['content-type']?.startsWith('text/csv'))
      return { csv: (await readBody(req, LIMIT, ['text/csv'])).toString('utf8') };
    return { received: req.body };
  }

  @Post('imports')
  @AcceptsBody({ mediaTypes: ['text/csv'] })
  async upload(@Req() req: IncomingMessage): Promise<unknown> {
    handled.push('imports');
    return { csv: (await readBody(req, LIMIT, ['text/csv'])).toString('utf8') };
  }
}

class FakeVerifier extends TokenVerifier {
  constructor() {
    super({ issuer: 'i', audience: 'a', keys: () => Promise.reject(new Error('unused')) });
  }
  override verify(token: string | undefined): Promise<Principal> {
    if (token !== 'admin-token')
      return Promise.reject(new AuthenticationError('auth.missing-token'));
    return Promise.resolve({ userId: 'u-1', roles: ['admin'], scopeUnitId: 'unit-1' });
  }
}

describe('RequestBodyGuard', () => {
  let app: INestApplication;
  const http = (): Server => app.getHttpServer() as Server;
  const admin = { Authorization: 'Bearer admin-token' };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ProblemDetailsModule,
        AuthModule.forRoot(new FakeVerifier()),
        RequestBodyModule.forRoot({ jsonMaxBytes: LIMIT }),
      ],
      controllers: [TestController],
    }).compile();
    app = moduleRef.createNestApplication({ bodyParser: false, logger: false });
    await app.listen(0, '127.0.0.1');
  });
  afterAll(() => app.close());
  beforeEach(() => handled.splice(0));

  /** A POST with the exact headers given (supertest adds its own), the body in chunks. */
  const rawPost = (headers: Record<string, string>, chunks: string[]) => {
    const { port } = http().address() as AddressInfo;
    return new Promise<{ status: number; body: string }>((resolve, reject) => {
      const options = { port, host: '127.0.0.1', method: 'POST', path: '/units' };
      const req = httpRequest({ ...options, headers: { ...admin, ...headers } }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  };

  it('parses a JSON body up to the limit', async () => {
    const body = { name: 'x'.repeat(LIMIT - 20) };
    expect(JSON.stringify(body).length).toBeLessThanOrEqual(LIMIT);
    await request(http()).post('/units').set(admin).send(body).expect(201, { received: body });
    await request(http())
      .post('/units')
      .set(admin)
      .set('Content-Type', 'application/json; charset=utf-8')
      .send('\uFEFF[1]')
      .expect(201, { received: [1] });
  });

  it('answers a JSON body over the limit with 413 http.content-too-large, stating the limit', async () => {
    const response = await request(http())
      .post('/units')
      .set(admin)
      .send({ name: 'x'.repeat(LIMIT) })
      .expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status: 413,
      code: 'http.content-too-large',
      detail: expect.stringContaining('1 kB (1024 bytes)') as string,
      instance: '/units',
    });
    expect(handled).toEqual([]);
  });

  it('answers 413 for a chunked body too, once it passes the limit', async () => {
    const chunks = Array.from({ length: 8 }, () => '{"a":"'.padEnd(512, 'x'));
    const reply = await rawPost({ 'content-type': 'application/json' }, chunks);
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body)).toMatchObject({ code: 'http.content-too-large' });
  });

  it('takes a route’s own JSON limit', async () => {
    const body = { steps: 'x'.repeat(2 * LIMIT) };
    await request(http()).post('/plans').set(admin).send(body).expect(201, { received: body });
    await request(http())
      .post('/plans')
      .set(admin)
      .send({ steps: 'x'.repeat(4 * LIMIT) })
      .expect(413)
      .expect((r) =>
        expect(r.body).toMatchObject({ detail: expect.stringContaining('4 kB') as string }),
      );
  });

  it.each([
    ['text/plain', '{"name":"Kim Mã"}'],
    ['application/xml', '<unit><name>Kim Mã</name></unit>'],
    ['application/x-www-form-urlencoded', 'name=Kim+M%C3%A3&kind=branch'],
    ['text/csv', 'name\nKim Mã'],
    ['application/json; charset=latin1', '{}'],
  ])(
    'answers a %s body to a JSON route with 415, without running the handler',
    async (type, body) => {
      const response = await request(http())
        .post('/units')
        .set(admin)
        .set('Content-Type', type)
        .send(body)
        .expect(415);
      expect(response.body).toMatchObject({
        status: 415,
        code: 'http.unsupported-media-type',
        detail: expect.stringContaining('application/json') as string,
      });
      expect(handled).toEqual([]);
    },
  );

  it('answers a body without a Content-Type with 415', async () => {
    const reply = await rawPost({ 'content-length': '2' }, ['{}']);
    expect(reply.status).toBe(415);
  });

  it('leaves a command without a body to the handler', async () => {
    await request(http()).post('/units').set(admin).expect(201, { received: null });
  });

  it('answers malformed JSON with 400 and the line and column, never the body', async () => {
    const response = await request(http())
      .post('/units')
      .set(admin)
      .set('Content-Type', 'application/json')
      .send('{\n  "cccd": "079185001234",\n  "name" "SECRET"\n}')
      .expect(400);
    expect(response.body).toMatchObject({
      status: 400,
      code: 'http.bad-request',
      detail: expect.stringMatching(
        /dòng 3, cột 10 — malformed JSON at line 3, column 10 \(character 37\): expected ':'/,
      ) as string,
    });
    expect(response.text).not.toMatch(/SECRET|079185/);
    expect(handled).toEqual([]);
  });

  it('authenticates first: no token answers 401 whatever the body', async () => {
    await request(http()).post('/units').set('Content-Type', 'text/plain').send('x').expect(401);
    await request(http())
      .post('/units')
      .set('Content-Type', 'application/json')
      .send('{')
      .expect(401);
  });

  it('leaves a CSV body of a route that takes it unread for the handler, and 415s JSON there', async () => {
    await request(http())
      .post('/imports')
      .set(admin)
      .set('Content-Type', 'text/csv')
      .send('a,b\n1,2')
      .expect(201, { csv: 'a,b\n1,2' });
    await request(http()).post('/imports').set(admin).send({ a: 1 }).expect(415);
    await request(http())
      .post('/plans')
      .set(admin)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send('op\nmerge')
      .expect(201, { csv: 'op\nmerge' });
  });

  it('ignores a body sent with a GET', async () => {
    await request(http())
      .get('/units')
      .set(admin)
      .set('Content-Type', 'text/plain')
      .send('hello')
      .expect(200, { items: [] });
  });
});

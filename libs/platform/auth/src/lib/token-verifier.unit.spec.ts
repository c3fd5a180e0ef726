import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestKeys } from '../testing/test-keys';
import { devAuthEnv, loadAuthConfig } from './auth-config';
import { AuthenticationError } from './errors';
import { TokenVerifier } from './token-verifier';

const claims = { sub: 'user-42', roles: ['unit-manager'], unit: 'unit-district-1' };
const now = (): number => Math.floor(Date.now() / 1000);

let keys: TestKeys;
let verifier: TokenVerifier;
const dir = mkdtempSync(join(tmpdir(), 'vwu-auth-'));

beforeAll(async () => {
  keys = await TestKeys.create();
  // The development set-up: a JWKS file under the infrastructure folder, read by devAuthEnv.
  const env = devAuthEnv('/unused', { VWU_INFRA_DIR: dir });
  mkdirSync(join(dir, 'auth'));
  writeFileSync(env.AUTH_JWKS_FILE, JSON.stringify(keys.jwks));
  verifier = TokenVerifier.fromConfig(loadAuthConfig(env));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The error verify() fails with; also proves the token never appears in its message. */
async function failure(token: string | undefined): Promise<AuthenticationError> {
  const error: unknown = await verifier.verify(token).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthenticationError);
  const { message, reason, stack } = error as AuthenticationError;
  for (const text of [message, reason ?? '', stack ?? ''])
    if (token) expect(text).not.toContain(token.split('.')[1] || token);
  return error as AuthenticationError;
}

describe('TokenVerifier', () => {
  it('turns a valid token into its principal', async () => {
    const token = await keys.sign(claims);
    await expect(verifier.verify(token)).resolves.toEqual({
      userId: 'user-42',
      roles: ['unit-manager'],
      scopeUnitId: 'unit-district-1',
    });
  });

  it('refuses a token signed by another key, even with the same kid', async () => {
    const impostor = await TestKeys.create('test-key');
    const error = await failure(await impostor.sign(claims));
    expect(error.code).toBe('auth.invalid-token');
    expect(error.reason).toBe('ERR_JWS_SIGNATURE_VERIFICATION_FAILED');
  });

  it('refuses a token whose kid it does not know', async () => {
    const error = await failure(await keys.sign(claims, { kid: 'rotated-away' }));
    expect(error).toMatchObject({ code: 'auth.invalid-token', reason: 'ERR_JWKS_NO_MATCHING_KEY' });
  });

  it('refuses an expired token as expired', async () => {
    const error = await failure(await keys.sign(claims, { expiresAt: now() - 120 }));
    expect(error.code).toBe('auth.expired-token');
    expect(error.statusCode).toBe(401);
  });

  it('accepts a small clock skew on exp and nbf', async () => {
    await expect(
      verifier.verify(await keys.sign(claims, { expiresAt: now() - 5 })),
    ).resolves.toBeTruthy();
    await expect(
      verifier.verify(await keys.sign(claims, { notBefore: now() + 5 })),
    ).resolves.toBeTruthy();
  });

  it('refuses a token that is not valid yet, and one that never expires', async () => {
    expect(await failure(await keys.sign(claims, { notBefore: now() + 600 }))).toMatchObject({
      code: 'auth.invalid-token',
      reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED nbf',
    });
    expect(await failure(await keys.sign(claims, { expiresAt: null }))).toMatchObject({
      code: 'auth.invalid-token',
      reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED exp',
    });
  });

  it('refuses another issuer and another audience', async () => {
    expect(
      await failure(await keys.sign(claims, { issuer: 'https://evil.example' })),
    ).toMatchObject({
      code: 'auth.invalid-token',
      reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED iss',
    });
    expect(await failure(await keys.sign(claims, { audience: 'another-app' }))).toMatchObject({
      code: 'auth.invalid-token',
      reason: 'ERR_JWT_CLAIM_VALIDATION_FAILED aud',
    });
  });

  it.each([
    ['without sub', { roles: ['viewer'], unit: 'u' }, 'claims sub'],
    ['without unit', { sub: 's', roles: ['viewer'] }, 'claims unit'],
    ['without roles', { sub: 's', unit: 'u' }, 'claims roles'],
    ['with roles as a string', { sub: 's', roles: 'admin', unit: 'u' }, 'claims roles'],
    ['with a numeric unit', { sub: 's', roles: [], unit: 7 }, 'claims unit'],
  ])('refuses a token %s, naming the claim only', async (_case, payload, reason) => {
    expect(await failure(await keys.sign(payload))).toMatchObject({
      code: 'auth.invalid-token',
      reason,
    });
  });

  it('refuses what is not a token at all, and nothing as missing', async () => {
    expect((await failure('not-a-jwt')).code).toBe('auth.invalid-token');
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(
      JSON.stringify({ ...claims, iss: 'vwu-dev', aud: 'vwu-platform', exp: now() + 60 }),
    ).toString('base64url')}.`;
    expect((await failure(unsigned)).code).toBe('auth.invalid-token');
    expect((await failure(undefined)).code).toBe('auth.missing-token');
    expect((await failure('')).code).toBe('auth.missing-token');
  });

  it('reports a missing JWKS file as the platform’s fault, not the caller’s', async () => {
    const lost = TokenVerifier.fromConfig(
      loadAuthConfig(devAuthEnv('/unused', { VWU_INFRA_DIR: join(dir, 'nowhere') })),
    );
    await expect(lost.verify(await keys.sign(claims))).rejects.toThrow(
      /cannot read the JWKS file .*dev-jwks\.json \(npm run token creates it\)/,
    );
  });
});

describe('TokenVerifier with the JWKS of an OIDC issuer', () => {
  let issuer: Server;
  let served: 'jwks' | 'error' = 'jwks';
  let url: string;

  beforeAll(async () => {
    issuer = createServer((_request, response) => {
      if (served === 'error') return void response.writeHead(503).end();
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(keys.jwks));
    });
    await new Promise<void>((resolve) => issuer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(issuer.address() as AddressInfo).port}/certs`;
  });
  afterAll(() => new Promise((resolve) => issuer.close(resolve)));

  const remote = (): TokenVerifier =>
    TokenVerifier.fromConfig(
      loadAuthConfig({ AUTH_ISSUER: 'vwu-dev', AUTH_AUDIENCE: 'vwu-platform', AUTH_JWKS_URL: url }),
    );

  it('fetches the keys and verifies with them', async () => {
    await expect(remote().verify(await keys.sign(claims))).resolves.toMatchObject({
      userId: 'user-42',
    });
  });

  it('treats an issuer that does not answer as the platform’s fault, not the caller’s', async () => {
    served = 'error';
    const error: unknown = await remote()
      .verify(await keys.sign(claims))
      .catch((e: unknown) => e);
    served = 'jwks';
    expect(error).toBeDefined();
    expect(error).not.toBeInstanceOf(AuthenticationError);
  });
});

import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Black-box: jest runs specs as CommonJS and cannot import the ESM tool, so the tool runs as
// `npm run token` runs it, in a folder of its own, and its token is checked with jose in a
// second Node process (jose is ES modules only, which jest's CommonJS runtime cannot load).
const root = join(__dirname, '../..');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function token(infraDir: string, ...args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['tools/auth/token.ts', ...args], {
    cwd: root,
    env: { ...process.env, VWU_INFRA_DIR: infraDir },
    encoding: 'utf8',
  });
  return { status, stdout, stderr };
}

function tokenAsync(infraDir: string, ...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['tools/auth/token.ts', ...args], {
    cwd: root,
    env: { ...process.env, VWU_INFRA_DIR: infraDir },
  });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return new Promise((resolve, reject) =>
    child.once('close', (code) =>
      code === 0 ? resolve(stdout.trim()) : reject(new Error(`exit ${code}`)),
    ),
  );
}

const VERIFY = `
import { readFileSync } from 'node:fs';
import { createLocalJWKSet, jwtVerify } from 'jose';
const jwks = createLocalJWKSet(JSON.parse(readFileSync(process.env.JWKS_FILE, 'utf8')));
const { payload, protectedHeader } = await jwtVerify(process.env.TOKEN, jwks, {
  issuer: 'vwu-dev', audience: 'vwu-platform', algorithms: ['ES256'],
});
console.log(JSON.stringify({ payload, protectedHeader }));`;

interface Verified {
  payload: { sub: string; roles: string[]; unit: string; iat: number; exp: number };
  protectedHeader: { alg: string; kid: string };
}

function verify(jwt: string, infraDir: string): Verified {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', VERIFY], {
    cwd: root,
    env: { ...process.env, TOKEN: jwt, JWKS_FILE: join(infraDir, 'auth/dev-jwks.json') },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`not verified: ${result.stderr}`);
  return JSON.parse(result.stdout) as Verified;
}

describe('npm run token', () => {
  const dirs: string[] = [];
  const freshDir = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'vwu-token-'));
    dirs.push(dir);
    return dir;
  };
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it('creates the keys on first use and prints only a token they verify', () => {
    const dir = freshDir();
    const run = token(dir, '--unit', 'unit-district-1', '--role', 'unit-manager');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const { payload, protectedHeader } = verify(run.stdout.trim(), dir);
    expect(payload).toMatchObject({
      sub: 'dev-user',
      roles: ['unit-manager'],
      unit: 'unit-district-1',
    });
    expect(payload.exp - payload.iat).toBe(8 * 3600);
    const jwks = JSON.parse(readFileSync(join(dir, 'auth/dev-jwks.json'), 'utf8')) as {
      keys: Record<string, string>[];
    };
    expect(jwks.keys).toEqual([
      expect.objectContaining({ kid: protectedHeader.kid, alg: 'ES256' }),
    ]);
    expect(jwks.keys[0]).not.toHaveProperty('d');
    expect(statSync(join(dir, 'auth/dev-signing-key.json')).mode & 0o777).toBe(0o600);
  });

  it('reuses the keys on later runs', () => {
    const dir = freshDir();
    const first = token(dir, '--unit', 'u-1', '--role', 'viewer');
    const key = readFileSync(join(dir, 'auth/dev-signing-key.json'), 'utf8');
    const second = token(dir, '--unit', 'u-1', '--role', 'viewer');
    expect(readFileSync(join(dir, 'auth/dev-signing-key.json'), 'utf8')).toBe(key);
    expect(verify(first.stdout.trim(), dir).protectedHeader.kid).toBe(
      verify(second.stdout.trim(), dir).protectedHeader.kid,
    );
  });

  it('takes several roles, a subject and a lifetime', () => {
    const dir = freshDir();
    const run = token(
      dir,
      ...['--unit', 'u-9', '--role', 'viewer', '--role', 'legal-aid-officer'],
      ...['--sub', 'can-bo-17', '--ttl', '30m'],
    );
    const { payload } = verify(run.stdout.trim(), dir);
    expect(payload).toMatchObject({ sub: 'can-bo-17', roles: ['viewer', 'legal-aid-officer'] });
    expect(payload.exp - payload.iat).toBe(1800);
  });

  it('agrees on one key when two first runs race', async () => {
    const dir = freshDir();
    const tokens = await Promise.all(
      [1, 2, 3].map(() => tokenAsync(dir, '--unit', 'u-1', '--role', 'admin')),
    );
    for (const jwt of tokens) expect(verify(jwt, dir).payload.roles).toEqual(['admin']);
  });

  it.each([
    [
      ['--unit', 'u-1', '--role', 'superuser'],
      /unknown role superuser \(known: admin, unit-manager/,
    ],
    [['--role', 'admin'], /--unit <unitId> is required/],
    [['--unit', 'u-1'], /give at least one --role/],
    [['--unit', 'u-1', '--role', 'admin', '--ttl', 'forever'], /--ttl must be/],
    [['--unit', 'u-1', '--role', 'admin', '--colour', 'red'], /Unknown option '--colour'/],
  ])('refuses %j on stderr with exit code 2, writing no key', (args, message) => {
    const dir = freshDir();
    const run = token(dir, ...args);
    expect(run).toMatchObject({ status: 2, stdout: '' });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('usage: npm run token');
    expect(() => statSync(join(dir, 'auth'))).toThrow();
  });
});

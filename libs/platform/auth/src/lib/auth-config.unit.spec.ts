import { join } from 'node:path';
import { ConfigError } from '@vwu/platform-config';
import { devAuthEnv, loadAuthConfig } from './auth-config';

const base = { AUTH_ISSUER: 'https://id.vwu.vn/realms/vwu', AUTH_AUDIENCE: 'vwu-platform' };

function problemsOf(env: Record<string, string | undefined>): readonly string[] {
  try {
    loadAuthConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('auth configuration', () => {
  it('takes the JWKS of an OIDC issuer', () => {
    const url = 'https://id.vwu.vn/realms/vwu/protocol/openid-connect/certs';
    expect(loadAuthConfig({ ...base, AUTH_JWKS_URL: url })).toEqual({
      issuer: base.AUTH_ISSUER,
      audience: 'vwu-platform',
      keys: { kind: 'url', url: new URL(url) },
    });
  });

  it('takes a JWKS file, as an absolute path', () => {
    const config = loadAuthConfig({ ...base, AUTH_JWKS_FILE: 'keys/jwks.json', AUTH_JWKS_URL: '' });
    expect(config.keys).toEqual({ kind: 'file', path: join(process.cwd(), 'keys/jwks.json') });
  });

  it('wants exactly one key source', () => {
    const neither = problemsOf(base);
    const both = problemsOf({ ...base, AUTH_JWKS_URL: 'https://a/certs', AUTH_JWKS_FILE: 'a' });
    for (const problems of [neither, both])
      expect(problems).toEqual([
        'AUTH_JWKS_URL: set exactly one of AUTH_JWKS_URL (OIDC issuer) and AUTH_JWKS_FILE (development)',
      ]);
  });

  it('reports every missing or wrong variable at once, by name', () => {
    expect(problemsOf({ AUTH_AUDIENCE: '', AUTH_JWKS_URL: 'http://id.vwu.vn/certs' })).toEqual([
      'AUTH_ISSUER: is required (the iss of accepted tokens)',
      'AUTH_AUDIENCE: is empty',
      'AUTH_JWKS_URL: must be https:// (http:// only on localhost)',
    ]);
    expect(problemsOf({ ...base, AUTH_JWKS_URL: 'not a url' })).toEqual([
      'AUTH_JWKS_URL: must be a URL',
    ]);
  });

  it('accepts plain http on the loopback only', () => {
    const local = loadAuthConfig({ ...base, AUTH_JWKS_URL: 'http://127.0.0.1:8080/certs' });
    expect(local.keys.kind).toBe('url');
  });

  it('gives development defaults that match npm run token', () => {
    expect(devAuthEnv('/repo', {})).toEqual({
      AUTH_ISSUER: 'vwu-dev',
      AUTH_AUDIENCE: 'vwu-platform',
      AUTH_JWKS_FILE: '/repo/.infra/auth/dev-jwks.json',
    });
    expect(devAuthEnv('/repo', { VWU_INFRA_DIR: '/tmp/infra-2' }).AUTH_JWKS_FILE).toBe(
      '/tmp/infra-2/auth/dev-jwks.json',
    );
    expect(loadAuthConfig(devAuthEnv('/repo', {})).keys).toEqual({
      kind: 'file',
      path: '/repo/.infra/auth/dev-jwks.json',
    });
  });
});

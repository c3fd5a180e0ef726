// Development tokens: a local ES256 signing key and the JWKS that services read through
// devAuthEnv() (libs/platform/auth). Never used in production, where an OIDC issuer signs tokens.
import { link, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SignJWT,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
} from 'jose';
import { infraDir } from '../infra/paths.ts';

// Kept equal to libs/platform/auth (DEV_ISSUER, DEV_AUDIENCE, ROLES): tools cannot import libs,
// so libs/platform/auth/src/lib/dev-token.unit.spec.ts checks that the two agree.
export const DEV_ISSUER = 'vwu-dev';
export const DEV_AUDIENCE = 'vwu-platform';
export const DEV_ROLES = [
  'admin',
  'unit-manager',
  'viewer',
  'member-officer',
  'legal-aid-officer',
  'cadre-officer',
  'learner',
] as const;
export type DevRole = (typeof DEV_ROLES)[number];

const ALG = 'ES256';
export const authDir = join(infraDir, 'auth');
export const signingKeyFile = join(authDir, 'dev-signing-key.json');
export const jwksFile = join(authDir, 'dev-jwks.json');

/** A mistake in what was asked for (exit code 2), as opposed to a failure while doing it. */
export class DevTokenUsageError extends Error {
  override name = 'DevTokenUsageError';
}

export interface DevKeys {
  readonly privateKey: CryptoKey;
  readonly kid: string;
  readonly jwksFile: string;
}

export interface DevTokenOptions {
  /** The unit the user is assigned to: the token's scope is that unit's subtree. */
  readonly unit: string;
  readonly roles: readonly string[];
  readonly sub?: string;
  /** How long the token lives: 30m, 8h, 7d (default 8h). */
  readonly ttl?: string;
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

async function readSigningKey(): Promise<JWK | undefined> {
  try {
    return JSON.parse(await readFile(signingKeyFile, 'utf8')) as JWK;
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Writes a new key only if there is none: link() is atomic and refuses an existing file, so two
 * first runs at once agree on one key (the loser reads the winner's).
 */
async function createSigningKey(): Promise<JWK> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, { extractable: true });
  const kid = await calculateJwkThumbprint(await exportJWK(publicKey));
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid, alg: ALG, use: 'sig' };
  const tmp = `${signingKeyFile}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify(jwk, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
  try {
    await link(tmp, signingKeyFile);
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return JSON.parse(await readFile(signingKeyFile, 'utf8')) as JWK;
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The public half only: what services may read. */
function publicJwks(jwk: JWK): string {
  const { kty, crv, x, y, kid, alg, use } = jwk;
  return JSON.stringify({ keys: [{ kty, crv, x, y, kid, alg, use }] }, null, 2) + '\n';
}

async function writeIfChanged(file: string, content: string): Promise<void> {
  const current = await readFile(file, 'utf8').catch((error: unknown) => {
    if (isMissing(error)) return undefined;
    throw error;
  });
  if (current === content) return;
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/** The development signing key and its JWKS under .infra/auth, created on first use. */
export async function ensureDevKeys(): Promise<DevKeys> {
  await mkdir(infraDir, { recursive: true });
  // Only the signing key is secret (0600); the folder keeps other users from listing it too.
  await mkdir(authDir, { recursive: true, mode: 0o700 });
  const jwk = (await readSigningKey()) ?? (await createSigningKey());
  if (!jwk.kid) throw new Error(`${signingKeyFile} has no kid: delete it to start afresh`);
  await writeIfChanged(jwksFile, publicJwks(jwk));
  const privateKey = (await importJWK(jwk, ALG)) as CryptoKey;
  return { privateKey, kid: jwk.kid, jwksFile };
}

function isDevRole(role: string): role is DevRole {
  return (DEV_ROLES as readonly string[]).includes(role);
}

function validateRoles(roles: readonly string[]): void {
  if (roles.length === 0)
    throw new DevTokenUsageError(`give at least one --role (${DEV_ROLES.join(', ')})`);
  const unknown = roles.filter((role) => !isDevRole(role));
  if (unknown.length > 0)
    throw new DevTokenUsageError(
      `unknown role ${unknown.join(', ')} (known: ${DEV_ROLES.join(', ')})`,
    );
}

function validate(options: DevTokenOptions): void {
  if (!options.unit?.trim()) throw new DevTokenUsageError('--unit <unitId> is required');
  validateRoles(options.roles);
  if (options.ttl !== undefined && !/^[1-9]\d*[smhd]$/.test(options.ttl))
    throw new DevTokenUsageError('--ttl must be a number and a unit: 90s, 30m, 8h or 7d');
  if (options.sub !== undefined && !options.sub.trim())
    throw new DevTokenUsageError('--sub must not be empty');
}

/** A signed development token for the unit and roles; creates the keys on first use. */
export async function mintDevToken(options: DevTokenOptions): Promise<string> {
  validate(options);
  const { privateKey, kid } = await ensureDevKeys();
  return new SignJWT({ roles: [...new Set(options.roles)], unit: options.unit })
    .setProtectedHeader({ alg: ALG, kid, typ: 'JWT' })
    .setSubject(options.sub ?? 'dev-user')
    .setIssuer(DEV_ISSUER)
    .setAudience(DEV_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(options.ttl ?? '8h')
    .sign(privateKey);
}

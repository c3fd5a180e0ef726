import { join, resolve } from 'node:path';
import { loadConfig } from '@vwu/platform-config';
import { z } from 'zod';

/** Where the keys that sign tokens are published. */
export type KeySource =
  /** The OIDC issuer's JWKS endpoint (production). */
  | { readonly kind: 'url'; readonly url: URL }
  /** A JWKS file on disk (development: written by `npm run token`). */
  | { readonly kind: 'file'; readonly path: string };

export interface AuthConfig {
  readonly issuer: string;
  readonly audience: string;
  readonly keys: KeySource;
}

export const DEV_ISSUER = 'vwu-dev';
export const DEV_AUDIENCE = 'vwu-platform';

/** Unset and empty are the same for an environment variable. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const jwksUrl = z
  .url({ error: 'must be a URL' })
  .transform((value) => new URL(value))
  .refine(
    (url) => url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname)),
    {
      error: 'must be https:// (http:// only on localhost)',
    },
  );

export const authConfigSchema = z
  .object({
    AUTH_ISSUER: z.string({ error: 'is required (the iss of accepted tokens)' }).min(1, 'is empty'),
    AUTH_AUDIENCE: z
      .string({ error: 'is required (the aud of accepted tokens)' })
      .min(1, 'is empty'),
    AUTH_JWKS_URL: optional(jwksUrl),
    AUTH_JWKS_FILE: optional(z.string()),
  })
  .superRefine((env, context) => {
    if ((env.AUTH_JWKS_URL === undefined) === (env.AUTH_JWKS_FILE === undefined))
      context.addIssue({
        code: 'custom',
        path: ['AUTH_JWKS_URL'],
        message: 'set exactly one of AUTH_JWKS_URL (OIDC issuer) and AUTH_JWKS_FILE (development)',
      });
  })
  .transform((env): AuthConfig => ({
    issuer: env.AUTH_ISSUER,
    audience: env.AUTH_AUDIENCE,
    keys: env.AUTH_JWKS_URL
      ? { kind: 'url', url: env.AUTH_JWKS_URL }
      : { kind: 'file', path: resolve(env.AUTH_JWKS_FILE ?? '') },
  }));

/** Reads AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL or AUTH_JWKS_FILE; throws ConfigError. */
export function loadAuthConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): AuthConfig {
  return loadConfig(authConfigSchema, env);
}

/**
 * The development settings that match `npm run token`: its JWKS under the infrastructure folder
 * (VWU_INFRA_DIR, default `<repo>/.infra`), issuer `vwu-dev`, audience `vwu-platform`.
 */
export function devAuthEnv(
  repoRoot: string,
  env: Readonly<Record<string, string | undefined>> = process.env,
): Record<'AUTH_ISSUER' | 'AUTH_AUDIENCE' | 'AUTH_JWKS_FILE', string> {
  const infraDir = resolve(env['VWU_INFRA_DIR'] || join(repoRoot, '.infra'));
  return {
    AUTH_ISSUER: DEV_ISSUER,
    AUTH_AUDIENCE: DEV_AUDIENCE,
    AUTH_JWKS_FILE: join(infraDir, 'auth', 'dev-jwks.json'),
  };
}

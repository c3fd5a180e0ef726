import { readFile } from 'node:fs/promises';
import type { JWTVerifyGetKey, errors as JoseErrors } from 'jose';
import { type AuthConfig } from './auth-config';
import { AuthenticationError } from './errors';
import { jose } from './jose';
import { principalClaimsSchema, type Principal } from './principal';

export interface TokenVerifierOptions {
  readonly issuer: string;
  readonly audience: string;
  /** Resolves the verification key from the token header (a local or remote JWKS). */
  readonly keys: JWTVerifyGetKey;
  /** Seconds of clock skew accepted on exp and nbf (default 30). */
  readonly clockToleranceSeconds?: number;
}

/** Asymmetric algorithms only: the gateway must never accept `none` nor a shared secret. */
const ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'EdDSA'];

/** A JWKS file read at first use, so that `npm run token` may create it after the service starts. */
export function jwksFromFile(path: string): JWTVerifyGetKey {
  let keySet: Promise<JWTVerifyGetKey> | undefined;
  const load = async (): Promise<JWTVerifyGetKey> =>
    jose().createLocalJWKSet(JSON.parse(await readFile(path, 'utf8')) as never);
  return async (header, token) => {
    keySet ??= load().catch((error: unknown) => {
      keySet = undefined;
      throw new Error(`cannot read the JWKS file ${path} (npm run token creates it)`, {
        cause: error,
      });
    });
    return (await keySet)(header, token);
  };
}

/** Verifies bearer tokens: signature, exp/nbf, iss, aud, then the claims this platform reads. */
export class TokenVerifier {
  constructor(private readonly options: TokenVerifierOptions) {}

  static fromConfig(config: AuthConfig): TokenVerifier {
    const keys =
      config.keys.kind === 'url'
        ? jose().createRemoteJWKSet(config.keys.url)
        : jwksFromFile(config.keys.path);
    return new TokenVerifier({ issuer: config.issuer, audience: config.audience, keys });
  }

  async verify(token: string | undefined | null): Promise<Principal> {
    if (!token) throw new AuthenticationError('auth.missing-token');
    const { payload } = await jose()
      .jwtVerify(token, this.options.keys, {
        issuer: this.options.issuer,
        audience: this.options.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.options.clockToleranceSeconds ?? 30,
        requiredClaims: ['exp'],
      })
      .catch((error: unknown) => {
        throw toAuthenticationError(error);
      });
    const claims = principalClaimsSchema.safeParse(payload);
    if (!claims.success) {
      const fields = [...new Set(claims.error.issues.map((issue) => issue.path.join('.')))];
      throw new AuthenticationError('auth.invalid-token', `claims ${fields.join(', ')}`);
    }
    return claims.data;
  }
}

/** jose's errors that are about the token itself (anything else is about the platform). */
const TOKEN_ERRORS = new Set([
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWT_INVALID',
  'ERR_JWS_INVALID',
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
]);

/**
 * jose's errors about the token become 401s, naming only the failed check. An issuer whose JWKS
 * times out, fails or answers garbage, or a network failure, is the platform's problem, not the
 * caller's: it stays an error of its own (500).
 */
function toAuthenticationError(error: unknown): unknown {
  const { errors } = jose();
  if (!(error instanceof errors.JOSEError)) return error;
  if (error instanceof errors.JWTExpired) return new AuthenticationError('auth.expired-token');
  if (!TOKEN_ERRORS.has(error.code)) return error;
  const claim = (error as Partial<JoseErrors.JWTClaimValidationFailed>).claim;
  return new AuthenticationError(
    'auth.invalid-token',
    claim ? `${error.code} ${claim}` : error.code,
  );
}

import type { CryptoKey, JSONWebKeySet, JWTPayload, SignJWT } from 'jose';
import { DEV_AUDIENCE, DEV_ISSUER } from '../lib/auth-config';
import { jose } from '../lib/jose';
import { TokenVerifier } from '../lib/token-verifier';

export interface SignOptions {
  readonly issuer?: string;
  readonly audience?: string;
  /** Seconds since the epoch (numbers: jose runs outside jest's realm, where Dates differ). */
  readonly expiresAt?: number | null;
  readonly notBefore?: number;
  readonly kid?: string;
}

/** A fresh ES256 key pair, its public JWKS, and a signer of tokens for tests. */
export class TestKeys {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly jwks: JSONWebKeySet,
  ) {}

  static async create(kid = 'test-key'): Promise<TestKeys> {
    const { privateKey, publicKey } = await jose().generateKeyPair('ES256', { extractable: true });
    const jwk = { ...(await jose().exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    return new TestKeys(privateKey, { keys: [jwk] });
  }

  verifier(): TokenVerifier {
    return new TokenVerifier({
      issuer: DEV_ISSUER,
      audience: DEV_AUDIENCE,
      keys: jose().createLocalJWKSet(this.jwks),
    });
  }

  sign(claims: JWTPayload, options: SignOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const { expiresAt = now + 600, notBefore } = options;
    const jwt = this.signer(claims, options).setIssuedAt(now);
    if (expiresAt !== null) jwt.setExpirationTime(expiresAt);
    if (notBefore !== undefined) jwt.setNotBefore(notBefore);
    return jwt.sign(this.privateKey);
  }

  private signer(claims: JWTPayload, options: SignOptions): SignJWT {
    return new (jose().SignJWT)(claims)
      .setProtectedHeader({ alg: 'ES256', kid: options.kid ?? this.jwks.keys[0]?.kid })
      .setIssuer(options.issuer ?? DEV_ISSUER)
      .setAudience(options.audience ?? DEV_AUDIENCE);
  }
}

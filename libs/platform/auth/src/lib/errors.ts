import { DomainError } from '@vwu/platform-decider';

export type AuthenticationErrorCode =
  'auth.missing-token' | 'auth.invalid-token' | 'auth.expired-token';

const MESSAGES: { readonly [C in AuthenticationErrorCode]: string } = {
  'auth.missing-token': 'Chưa đăng nhập — no bearer token was sent',
  'auth.invalid-token': 'Phiên đăng nhập không hợp lệ — the bearer token is not valid',
  'auth.expired-token': 'Phiên đăng nhập đã hết hạn — the bearer token has expired',
};

/**
 * The request did not prove who sends it (HTTP 401). The message is fixed per code and the
 * `reason` names only what failed (a claim name, jose's error code): never the token, never a
 * claim's value.
 */
export class AuthenticationError extends Error {
  /** Also read by Nest's default exception filter, so a 401 holds without the problem filter. */
  readonly statusCode = 401;

  constructor(
    readonly code: AuthenticationErrorCode,
    readonly reason?: string,
  ) {
    super(MESSAGES[code]);
    this.name = 'AuthenticationError';
  }
}

/** The principal is known but may not do this (HTTP 403): a missing permission or out of scope. */
export class PermissionDeniedError extends DomainError {
  readonly kind = 'forbidden';
  readonly statusCode = 403;

  constructor(
    readonly code: 'auth.forbidden' | 'auth.out-of-scope' = 'auth.forbidden',
    message = 'Không có quyền thực hiện thao tác này — you are not allowed to do this',
  ) {
    super(message);
  }
}

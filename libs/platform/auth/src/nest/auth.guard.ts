import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthenticationError, PermissionDeniedError } from '../lib/errors';
import { hasPermission } from '../lib/principal';
import { type Permission } from '../lib/roles';
import { TokenVerifier } from '../lib/token-verifier';
import { IS_PUBLIC, REQUIRED_PERMISSIONS, type AuthenticatedRequest } from './decorators';

/** The token of an `Authorization: Bearer <token>` header; undefined when there is none. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  const match = typeof header === 'string' ? /^Bearer +(\S+) *$/i.exec(header) : null;
  if (!match?.[1]) throw new AuthenticationError('auth.invalid-token', 'authorization header');
  return match[1];
}

/**
 * Authenticates every HTTP request (401 without a valid bearer token) unless the route is
 * @Public(), puts the principal on the request, then checks @RequirePermissions (403). Scope is
 * the handler's business: only it knows the target unit.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    @Inject(TokenVerifier) private readonly verifier: TokenVerifier,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka consumers and other transports are not requests of a user.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = await this.verifier.verify(bearerToken(request.headers['authorization']));
    request.principal = principal;
    const required = this.reflector.getAllAndMerge<Permission[]>(REQUIRED_PERMISSIONS, targets);
    const missing = required.filter((permission) => !hasPermission(principal, permission));
    if (missing.length > 0)
      throw new PermissionDeniedError(
        'auth.forbidden',
        `Không có quyền — missing permission ${missing.join(', ')}`,
      );
    return true;
  }
}

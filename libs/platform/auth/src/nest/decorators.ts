import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { AuthenticationError } from '../lib/errors';
import { type Principal } from '../lib/principal';
import { type Permission } from '../lib/roles';

export const IS_PUBLIC = 'vwu:auth:public';
export const REQUIRED_PERMISSIONS = 'vwu:auth:permissions';

/** The HTTP request as the auth guard sees it (platform-express). */
export interface AuthenticatedRequest {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  principal?: Principal;
}

/** A route (or controller) that needs no token: /health, /ready, the API docs. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);

/** Every listed permission is needed; on a controller and a route, both lists apply. */
export const RequirePermissions = (
  ...permissions: Permission[]
): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** The verified principal of the request (the auth guard put it there). */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Principal => {
    const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // Only on a @Public() route: a programming mistake, answered as an anonymous request.
    if (!principal) throw new AuthenticationError('auth.missing-token');
    return principal;
  },
);

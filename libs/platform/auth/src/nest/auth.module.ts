import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { type AuthConfig } from '../lib/auth-config';
import { TokenVerifier } from '../lib/token-verifier';
import { AuthGuard } from './auth.guard';

export interface AuthModuleOptions {
  /** A ready verifier, or the configuration to build one from (loadAuthConfig()). */
  readonly verifier: TokenVerifier | AuthConfig;
  /**
   * Install AuthGuard for every route of the application (default true): a route is then
   * public only when it says so with @Public(). With false, use @UseGuards(AuthGuard).
   */
  readonly guardAllRoutes?: boolean;
}

/** Provides TokenVerifier and AuthGuard to the whole application. */
@Module({})
export class AuthModule {
  static forRoot(options: TokenVerifier | AuthModuleOptions): DynamicModule {
    const { verifier, guardAllRoutes = true } =
      options instanceof TokenVerifier ? { verifier: options } : options;
    const providers: Provider[] = [
      {
        provide: TokenVerifier,
        useValue: verifier instanceof TokenVerifier ? verifier : TokenVerifier.fromConfig(verifier),
      },
      AuthGuard,
    ];
    if (guardAllRoutes) providers.push({ provide: APP_GUARD, useExisting: AuthGuard });
    return { module: AuthModule, global: true, providers, exports: [TokenVerifier, AuthGuard] };
  }
}

import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import {
  REQUEST_BODY_OPTIONS,
  RequestBodyGuard,
  type RequestBodyOptions,
} from './request-body.guard';

/**
 * Installs RequestBodyGuard for the whole application. Import it after AuthModule, so that
 * authentication comes first; create the app with `bodyParser: false`.
 */
@Module({})
export class RequestBodyModule {
  static forRoot(options: RequestBodyOptions): DynamicModule {
    return {
      module: RequestBodyModule,
      providers: [
        { provide: REQUEST_BODY_OPTIONS, useValue: options },
        RequestBodyGuard,
        { provide: APP_GUARD, useExisting: RequestBodyGuard },
      ],
    };
  }
}

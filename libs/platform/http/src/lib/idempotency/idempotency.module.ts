import {
  Module,
  type DynamicModule,
  type InjectionToken,
  type ModuleMetadata,
  type Provider,
} from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { type Connection } from 'mongoose';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import { IdempotencyStore, type IdempotencyStoreOptions } from './idempotency.store';

export type IdempotencyModuleOptions =
  /** A store the application built (and init()ed) itself. */
  | { readonly store: IdempotencyStore }
  /**
   * The injection token of the service's mongoose Connection, e.g. MONGO_CONNECTION of the
   * global InfrastructureModule; `imports` names the module that provides it if not global.
   */
  | {
      readonly connection: InjectionToken;
      readonly options?: IdempotencyStoreOptions;
      readonly imports?: ModuleMetadata['imports'];
    };

/** Installs IdempotencyInterceptor for every route (it acts on POST and PATCH only). */
@Module({})
export class IdempotencyModule {
  static forRoot(options: IdempotencyModuleOptions): DynamicModule {
    const store: Provider =
      'store' in options
        ? { provide: IdempotencyStore, useValue: options.store }
        : {
            provide: IdempotencyStore,
            inject: [options.connection],
            useFactory: async (connection: Connection) => {
              const created = new IdempotencyStore(connection, options.options);
              await created.init();
              return created;
            },
          };
    return {
      module: IdempotencyModule,
      imports: 'store' in options ? [] : (options.imports ?? []),
      providers: [
        store,
        IdempotencyInterceptor,
        { provide: APP_INTERCEPTOR, useExisting: IdempotencyInterceptor },
      ],
      exports: [IdempotencyStore],
    };
  }
}

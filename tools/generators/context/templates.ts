// The files a new context starts from: four libs, a service app and its module. They hold no
// aggregate yet; `nx g @vwu/tools:command` adds commands once its first decider is written.

export interface ContextNames {
  /** training, Training, TRAINING */
  readonly name: string;
  readonly Name: string;
  readonly NAME: string;
  readonly http: number;
  readonly rpc: number;
}

export const LAYERS = ['domain', 'application', 'infrastructure', 'api'] as const;
export type Layer = (typeof LAYERS)[number];

export function projectJson(n: ContextNames, layer: Layer): string {
  return `${JSON.stringify(
    {
      name: `${n.name}-${layer}`,
      $schema: '../../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `libs/${n.name}/${layer}/src`,
      projectType: 'library',
      tags: [`scope:${n.name}`, `type:${layer}`],
      targets: { lint: {}, test: {} },
    },
    null,
    2,
  )}\n`;
}

const EMPTY_LAYER: Record<Exclude<Layer, 'infrastructure' | 'api'>, string> = {
  domain: 'deciders: commands, events, state, errors; pure TypeScript',
  application:
    'one folder per use case: <verb-noun>.command.ts, .handler.ts, .handler.unit.spec.ts',
};

export function libIndex(n: ContextNames, layer: Layer): string {
  if (layer === 'infrastructure') return `export * from './lib/public-events';\n`;
  if (layer === 'api') return `export * from './lib/${n.name}.module';\n`;
  return `// The ${n.name} context's ${layer}: ${EMPTY_LAYER[layer]}.\nexport {};\n`;
}

export function publicEvents(n: ContextNames): string {
  return `import type { PublicEventMapper } from '@vwu/platform-messaging';

/** Internal type → public type (\`vn.vwu.${n.name}.<Event>.v1\`), or null for one that stays inside. */
const PUBLIC_TYPES: Readonly<Record<string, string | null>> = {};

/** Internal ${n.name} events → the public contract: only what PUBLIC_TYPES names leaves the service. */
export const ${n.name}PublicEvents: PublicEventMapper = (stored) => {
  const type = Object.hasOwn(PUBLIC_TYPES, stored.type) ? PUBLIC_TYPES[stored.type] : null;
  return type ? { type, data: stored.data } : undefined;
};
`;
}

export function apiModule(n: ContextNames): string {
  return `import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TokenVerifier } from '@vwu/platform-auth';
import { ActorResolver } from '@vwu/platform-nest';

export interface ${n.Name}ModuleOptions {
  readonly verifier: TokenVerifier;
}

/** The ${n.name} context in a service: its RPC controllers, handlers and adapters. */
@Module({})
export class ${n.Name}Module {
  static register(options: ${n.Name}ModuleOptions): DynamicModule {
    return {
      module: ${n.Name}Module,
      imports: [CqrsModule.forRoot()],
      controllers: [],
      providers: [{ provide: TokenVerifier, useValue: options.verifier }, ActorResolver],
    };
  }
}
`;
}

export function appModule(n: ContextNames): string {
  return `import { Module, type DynamicModule } from '@nestjs/common';
import { TOPICS } from '@vwu/contracts';
import { ${n.Name}Module, type ${n.Name}ModuleOptions } from '@vwu/${n.name}-api';
import { ${n.name}PublicEvents } from '@vwu/${n.name}-infrastructure';
import {
  EventSourcingModule,
  HealthModule,
  InfrastructureModule,
  OutboxBacklogCheck,
  type ServiceConfig,
} from '@vwu/platform-nest';

export interface AppOptions {
  readonly config: ServiceConfig;
  readonly ${n.name}: ${n.Name}ModuleOptions;
}

/** ${n.name}-service: the ${n.name} context's events, published to vwu.${n.name}.events. */
@Module({})
export class AppModule {
  static register({ config, ${n.name} }: AppOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfrastructureModule.forRoot(config, '${n.name}-service'),
        EventSourcingModule.register({
          source: '/vwu/${n.name}-service',
          topic: \`\${config.KAFKA_TOPIC_PREFIX}\${TOPICS.${n.name}}\`,
          mapper: ${n.name}PublicEvents,
        }),
        HealthModule.register([OutboxBacklogCheck]),
        ${n.Name}Module.register(${n.name}),
      ],
    };
  }
}
`;
}

export function main(n: ContextNames): string {
  return `import 'reflect-metadata';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadServiceConfig, startHybridService } from '@vwu/platform-nest';
import { AppModule } from './app.module';

const config = loadServiceConfig({
  MONGO_DB: 'vwu_${n.name}',
  HTTP_PORT: '${n.http}',
  RPC_PORT: '${n.rpc}',
});
const appModule = AppModule.register({
  config,
  ${n.name}: { verifier: TokenVerifier.fromConfig(loadAuthConfig()) },
});
void startHybridService('${n.name}-service', appModule, config);
`;
}

export function appProjectJson(n: ContextNames): string {
  return `${JSON.stringify(
    {
      name: `${n.name}-service`,
      $schema: '../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `apps/${n.name}-service/src`,
      projectType: 'application',
      tags: [`scope:${n.name}`, 'type:app'],
      targets: { lint: {}, test: {} },
    },
    null,
    2,
  )}\n`;
}

export function operations(n: ContextNames): string {
  return `// ${n.Name}: /api/v1/…. ${n.name}-service decides scope on the aggregate it loads.
// \`nx g @vwu/tools:command --context=${n.name} …\` declares each command here.

export const ${n.name}Operations = [] as const;
`;
}

export function composeService(n: ContextNames): string {
  return `  ${n.name}-service:
    build: { context: ., dockerfile: apps/${n.name}-service/Dockerfile }
    environment: *service-env
    volumes: *auth-volume
    depends_on: *infra-ready

`;
}

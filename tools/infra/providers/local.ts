// Provider 3: local processes that the project installs and caches itself (no Docker engine).
// The store is mongo-java-server unless VWU_LOCAL_MONGO=ferretdb asks for FerretDB (ADR 0004).
import { isAlive, type ComponentName, type ComponentRecord } from '../state.ts';
import { stopProcess } from '../processes.ts';
import type { LocalComponent } from './local-component.ts';
import { localFerretDb } from './local-ferretdb.ts';
import { localKafka } from './local-kafka.ts';
import { localMongoJavaServer } from './local-mongo-java-server.ts';
import type { Provider, StartRequest } from './provider.ts';

const LOCAL_STORES: Readonly<Record<string, LocalComponent>> = {
  'mongo-java-server': localMongoJavaServer,
  ferretdb: localFerretDb,
};

/** Kafka's component, or the store VWU_LOCAL_MONGO names (mongo-java-server by default). */
function selected(component: ComponentName): LocalComponent | string {
  if (component === 'kafka') return localKafka;
  const name = process.env['VWU_LOCAL_MONGO'] || 'mongo-java-server';
  return (
    LOCAL_STORES[name] ??
    `VWU_LOCAL_MONGO=${name} is not one of ${Object.keys(LOCAL_STORES).join(', ')}`
  );
}

/** What the local provider would start for the component now (undefined: nothing valid). */
export function localEngine(component: ComponentName): string | undefined {
  const local = selected(component);
  return typeof local === 'string' ? undefined : local.engine();
}

/** What to install for the local provider, for the chain's "Provide one of" line. */
export function localRequirement(component: ComponentName): string {
  return selected(component) === localFerretDb
    ? 'Go 1.24+ on the PATH (VWU_LOCAL_MONGO=ferretdb)'
    : 'Java 17+ and Maven on the PATH';
}

export const localProvider: Provider = {
  name: 'local',

  async unavailable(component: ComponentName): Promise<string | undefined> {
    if (process.env['VWU_INFRA_PROVIDER'] === 'docker') return 'VWU_INFRA_PROVIDER=docker';
    const local = selected(component);
    return Promise.resolve(typeof local === 'string' ? local : local.missing());
  },

  async start({ component, owner }: StartRequest): Promise<ComponentRecord> {
    const local = selected(component);
    if (typeof local === 'string') throw new Error(local);
    return local.start(owner);
  },

  async isRunning(record: ComponentRecord): Promise<boolean> {
    // Every local store answers the same ping; the record's url says which component it is.
    const answers = record.url.startsWith('mongodb') ? localMongoJavaServer : localKafka;
    return record.pid !== undefined && isAlive(record.pid) && (await answers.answers(record.url));
  },

  async stop(record: ComponentRecord): Promise<void> {
    // Kafka flushes and closes its logs on SIGTERM, the store its H2 file: give them the time.
    if (record.pid !== undefined) await stopProcess(record.pid, 60_000);
  },
};

// Provider 3: local processes that the project installs and caches itself (no Docker engine).
import { isAlive, type ComponentName, type ComponentRecord } from '../state.ts';
import { stopProcess } from '../processes.ts';
import type { LocalComponent } from './local-component.ts';
import { localFerretDb } from './local-ferretdb.ts';
import { localKafka } from './local-kafka.ts';
import type { Provider, StartRequest } from './provider.ts';

const COMPONENTS: Record<ComponentName, LocalComponent> = {
  kafka: localKafka,
  mongo: localFerretDb,
};

function componentOf(record: ComponentRecord): LocalComponent {
  return record.url.startsWith('mongodb') ? localFerretDb : localKafka;
}

export const localProvider: Provider = {
  name: 'local',

  async unavailable(component: ComponentName): Promise<string | undefined> {
    if (process.env['VWU_INFRA_PROVIDER'] === 'docker') return 'VWU_INFRA_PROVIDER=docker';
    return Promise.resolve(COMPONENTS[component].missing());
  },

  start({ component, owner }: StartRequest): Promise<ComponentRecord> {
    return COMPONENTS[component].start(owner);
  },

  async isRunning(record: ComponentRecord): Promise<boolean> {
    return (
      record.pid !== undefined &&
      isAlive(record.pid) &&
      (await componentOf(record).answers(record.url))
    );
  },

  async stop(record: ComponentRecord): Promise<void> {
    // Kafka flushes and closes its logs on SIGTERM; give it the time a clean shutdown takes.
    if (record.pid !== undefined) await stopProcess(record.pid, 60_000);
  },
};

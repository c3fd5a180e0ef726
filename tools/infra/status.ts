// npm run infra:status: what runs where, as recorded by `up` (or named in the environment).
import { COMPONENTS, providerNamed } from './chain.ts';
import { componentAnswers } from './providers/docker.ts';
import { ENV_VAR } from './providers/provider.ts';
import { readState, type ComponentName, type ProviderName } from './state.ts';

export interface StatusLine {
  readonly component: ComponentName;
  readonly provider: ProviderName | 'none';
  readonly url: string;
  readonly running: boolean;
  readonly owner?: string;
  readonly engine?: string;
  readonly pid?: number;
  readonly containerId?: string;
  readonly logFile?: string;
}

export async function status(): Promise<StatusLine[]> {
  const state = readState();
  return Promise.all(
    COMPONENTS.map(async (component): Promise<StatusLine> => {
      const external = process.env[ENV_VAR[component]];
      if (external) {
        return {
          component,
          provider: 'external',
          url: external,
          running: await componentAnswers(external, component),
        };
      }
      const record = state[component];
      if (!record) return { component, provider: 'none', url: '', running: false };
      const running = (await providerNamed(record.provider)?.isRunning(record)) ?? false;
      return { component, ...record, running };
    }),
  );
}

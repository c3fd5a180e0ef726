// The provider chain (ARCHITECTURE.md, "Infrastructure"): what is set in the environment, else
// what we already run, else a Docker engine, else local processes, else a clear error.
import { rmSync } from 'node:fs';
import { step } from './log.ts';
import { envFile } from './paths.ts';
import { componentAnswers, dockerProvider } from './providers/docker.ts';
import { localEngine, localProvider, localRequirement } from './providers/local.ts';
import { ENV_VAR, type Provider } from './providers/provider.ts';
import { waitUntil } from './probes.ts';
import {
  readState,
  withLock,
  writeEnvFile,
  writeState,
  type ComponentName,
  type ComponentRecord,
  type InfraState,
  type ProviderName,
} from './state.ts';

export const COMPONENTS: readonly ComponentName[] = ['mongo', 'kafka'];
const PROVIDERS: readonly Provider[] = [dockerProvider, localProvider];

export interface Resolved {
  readonly component: ComponentName;
  readonly provider: ProviderName;
  readonly url: string;
  /** 'started' by this call, 'reused' from an earlier start, or 'external' (set in the env). */
  readonly how: 'started' | 'reused' | 'external';
  readonly record?: ComponentRecord;
}

/** How long a server named in the environment may take to answer (it may be starting too). */
function externalWaitMs(): number {
  return Number(process.env['VWU_INFRA_EXTERNAL_WAIT_MS'] ?? 30_000);
}

export function providerNamed(name: ProviderName): Provider | undefined {
  return PROVIDERS.find((provider) => provider.name === name);
}

async function resolveExternal(component: ComponentName): Promise<Resolved | undefined> {
  const url = process.env[ENV_VAR[component]];
  if (!url) return undefined;
  step(component, `using ${ENV_VAR[component]}=${url} from the environment`);
  try {
    await waitUntil(() => componentAnswers(url, component), { timeoutMs: externalWaitMs() });
  } catch {
    throw new Error(
      `${ENV_VAR[component]}=${url} is set but does not answer ${component === 'kafka' ? 'a Kafka metadata request' : 'a MongoDB ping'}`,
    );
  }
  return { component, provider: 'external', url, how: 'external' };
}

function sayReused(component: ComponentName, record: ComponentRecord): void {
  const engine = record.engine ? `, ${record.engine}` : '';
  step(
    component,
    `reusing the ${record.provider} one at ${record.url} (started by ${record.owner}${engine})`,
  );
  // E.g. a store kept in memory, when VWU_LOCAL_MONGO_PERSIST=1 now asks for the H2 file.
  const wanted = record.provider === 'local' ? localEngine(component) : undefined;
  if (wanted && record.engine && wanted !== record.engine)
    step(component, `note: the environment asks for ${wanted}; infra:down first to switch`);
}

/** Drops the record of one that no longer answers (from `state`, the caller's working copy). */
async function resolveRunning(
  component: ComponentName,
  state: InfraState,
): Promise<Resolved | undefined> {
  const record = state[component];
  if (!record) return undefined;
  const provider = providerNamed(record.provider);
  if (provider && (await provider.isRunning(record))) {
    sayReused(component, record);
    return { component, provider: record.provider, url: record.url, how: 'reused', record };
  }
  // Not stopped: a recorded pid that no longer answers may belong to another process by now.
  step(component, `the ${record.provider} one recorded at ${record.url} is gone; starting anew`);
  delete state[component];
  return undefined;
}

async function startFirstAvailable(component: ComponentName, owner: string): Promise<Resolved> {
  const refusals: string[] = [];
  for (const provider of PROVIDERS) {
    const reason = await provider.unavailable(component);
    if (reason) {
      refusals.push(`  - ${provider.name}: ${reason}`);
      continue;
    }
    const record = await provider.start({ component, owner });
    step(component, `ready at ${record.url} (${provider.name})`);
    return { component, provider: provider.name, url: record.url, how: 'started', record };
  }
  throw new Error(
    [
      `no way to provide ${component} on this machine:`,
      `  - external: ${ENV_VAR[component]} is not set`,
      ...refusals,
      `Provide one of: ${ENV_VAR[component]} pointing at a running server; a Docker engine; or ${localRequirement(component)}.`,
    ].join('\n'),
  );
}

async function resolveComponent(
  component: ComponentName,
  owner: string,
  state: InfraState,
): Promise<Resolved> {
  return (
    (await resolveExternal(component)) ??
    (await resolveRunning(component, state)) ??
    (await startFirstAvailable(component, owner))
  );
}

export interface UpResult {
  readonly env: {
    readonly KAFKA_BROKERS: string;
    readonly MONGO_URL: string;
    /** 'true' for the local store (mongo-java-server, FerretDB): its indexes serve exact lookups only. */
    readonly MONGO_EXACT_INDEX_ONLY: string;
  };
  readonly components: readonly Resolved[];
}

/**
 * Whether the store serves only exact index lookups: the local one does. A store named in the
 * environment is what the environment says it is (an end-to-end test's platform runs on the test
 * run's local store through MONGO_URL: without this it read every stream by a scan).
 */
function exactIndexOnly(mongoProvider: ProviderName | undefined): string {
  const stated = process.env['MONGO_EXACT_INDEX_ONLY'];
  if (mongoProvider === 'external' && stated) return stated;
  return String(mongoProvider === 'local');
}

/** Starts (or reuses) both components, side by side: a cold first run builds both at once. */
export async function up(owner: string): Promise<UpResult> {
  return withLock(async () => {
    const state = readState();
    const outcomes = await Promise.allSettled(
      COMPONENTS.map((c) => resolveComponent(c, owner, state)),
    );
    // What this call started is recorded; what it found (reused, or named in the environment)
    // keeps its record as it was, so a later `down` still stops what an earlier `up` started.
    const next: InfraState = { ...state };
    const resolved: Resolved[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      const component = COMPONENTS[index] as ComponentName;
      if (outcome.status !== 'fulfilled') continue;
      resolved.push(outcome.value);
      if (outcome.value.how === 'started' && outcome.value.record)
        next[component] = outcome.value.record;
    }
    writeState(next);
    const failures = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    if (failures.length > 0) {
      throw new Error(
        failures
          .map((f) => (f.reason instanceof Error ? f.reason.message : String(f.reason)))
          .join('\n'),
      );
    }
    const urlOf = (c: ComponentName): string => resolved.find((r) => r.component === c)?.url ?? '';
    const mongoProvider = resolved.find((r) => r.component === 'mongo')?.provider;
    const env = {
      KAFKA_BROKERS: urlOf('kafka'),
      MONGO_URL: urlOf('mongo'),
      MONGO_EXACT_INDEX_ONLY: exactIndexOnly(mongoProvider),
    };
    writeEnvFile(env);
    return { env, components: resolved };
  });
}

/** Stops what this tooling started (only `owner`'s, when given); never external servers. */
export async function down(owner?: string): Promise<ComponentRecord[]> {
  return withLock(async () => {
    const state = readState();
    const stopped: ComponentRecord[] = [];
    for (const component of COMPONENTS) {
      const record = state[component];
      if (!record || (owner !== undefined && record.owner !== owner)) continue;
      step(component, `stopping the ${record.provider} one at ${record.url}`);
      await providerNamed(record.provider)?.stop(record);
      delete state[component];
      stopped.push(record);
    }
    writeState(state);
    if (!state.kafka && !state.mongo) rmSync(envFile, { force: true });
    return stopped;
  });
}

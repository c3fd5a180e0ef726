// What the infrastructure tooling started, so that `down` stops exactly that and nothing else.
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync, existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { envFile, infraDir, lockDir, stateFile } from './paths.ts';

export type ComponentName = 'kafka' | 'mongo';
export type ProviderName = 'external' | 'docker' | 'local';

export interface ComponentRecord {
  readonly provider: ProviderName;
  /** What runs, e.g. 'mongo-java-server 1.47.0 (memory)' (absent in records of older tooling). */
  readonly engine?: string;
  /** KAFKA_BROKERS value for kafka, MONGO_URL value for mongo. */
  readonly url: string;
  /** Who started it ('infra:up', 'start', 'jest-<pid>'): `down --owner` stops only its own. */
  readonly owner: string;
  readonly startedAt: string;
  readonly pid?: number;
  readonly containerId?: string;
  readonly logFile?: string;
}

export type InfraState = Partial<Record<ComponentName, ComponentRecord>>;

export function readState(): InfraState {
  if (!existsSync(stateFile)) return {};
  return JSON.parse(readFileSync(stateFile, 'utf8')) as InfraState;
}

export function writeState(state: InfraState): void {
  mkdirSync(infraDir, { recursive: true });
  const tmp = `${stateFile}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  renameSync(tmp, stateFile);
}

export function writeEnvFile(env: Record<string, string>): void {
  mkdirSync(infraDir, { recursive: true });
  const body = Object.entries(env)
    .map(([key, value]) => `${key}=${value}`)
    .join('\n');
  writeFileSync(envFile, body + '\n');
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One `up` or `down` at a time per .infra folder (two test runs started together must not both
 * format Kafka's storage). A lock left by a dead process is taken over.
 */
export async function withLock<T>(work: () => Promise<T>, waitMs = 15 * 60_000): Promise<T> {
  mkdirSync(infraDir, { recursive: true });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      mkdirSync(lockDir);
      writeFileSync(`${lockDir}/pid`, String(process.pid));
      break;
    } catch {
      const holder = Number(readFileSafe(`${lockDir}/pid`));
      if (!holder || !isAlive(holder)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`another infra command (pid ${holder}) holds ${lockDir}`);
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

function readFileSafe(path: string): string {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return '';
  }
}

export { isAlive };

import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { timed } from '../log.ts';
import { portInUse, startDaemon, tail } from '../processes.ts';
import { waitUntil } from '../probes.ts';
import { isAlive, type ComponentName, type ComponentRecord } from '../state.ts';

/** One component that the local provider runs as a process of this machine. */
export interface LocalComponent {
  /** What runs, in words (`infra:status`, and whether a running one is what is asked for). */
  engine(): string;
  /** undefined when it can run here (its build is cached, or the tools to build it exist). */
  missing(): string | undefined;
  start(owner: string): Promise<ComponentRecord>;
  answers(url: string): Promise<boolean>;
}

/** A cache key: a changed pom.xml, launcher source or go.sum means a new download or build. */
export function contentHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

export interface LaunchSpec {
  readonly component: ComponentName;
  readonly engine: string;
  readonly owner: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly logFile: string;
  readonly url: string;
  /** What "ready" means for this component, in words for the progress line. */
  readonly readiness: string;
  readonly probe: (url: string) => Promise<boolean>;
  readonly timeoutMs: number;
  /** The ports it will listen on, by the variable that sets each. */
  readonly ports: Readonly<Record<string, number>>;
}

/** A port already taken (by a server this tooling did not start) would make a probe lie. */
async function ensurePortsFree(ports: Readonly<Record<string, number>>): Promise<void> {
  for (const [variable, port] of Object.entries(ports)) {
    if (await portInUse(port)) {
      throw new Error(
        `port ${port} is in use by a process that infra:up did not start: stop it, choose another port with ${variable}=…, or point at it with KAFKA_BROKERS/MONGO_URL`,
      );
    }
  }
}

/** Starts the process and waits until it answers its protocol; if it dies first, shows its log. */
export async function launch(spec: LaunchSpec): Promise<ComponentRecord> {
  await ensurePortsFree(spec.ports);
  rmSync(spec.logFile, { force: true });
  const pid = startDaemon({ command: spec.command, args: spec.args, logFile: spec.logFile });
  await timed(spec.component, `waiting for it to answer ${spec.readiness} on ${spec.url}`, () =>
    waitUntil(() => spec.probe(spec.url), {
      timeoutMs: spec.timeoutMs,
      givenUp: () =>
        isAlive(pid) ? undefined : `${spec.component} exited during start\n${tail(spec.logFile)}`,
    }),
  );
  const { url, owner, logFile, engine } = spec;
  const startedAt = new Date().toISOString();
  return { provider: 'local', engine, url, owner, pid, logFile, startedAt };
}

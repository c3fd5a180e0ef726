// What the Java-based local components share: Java 17+ runs them, Maven fetches (and for the
// store's launcher, builds) them once from Maven Central into the cache.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from '../log.ts';
import { logDir } from '../paths.ts';
import { commandOutput, findExecutable, run } from '../processes.ts';
import type { ComponentName } from '../state.ts';

export const JAVA_MAJOR = 17;

function javaMajor(): number | undefined {
  const out = commandOutput('java', ['-version']);
  const match = out?.match(/version "(\d+)(?:\.(\d+))?/);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

/** Why `what` cannot run here (no Java 17+; not cached and no Maven), or undefined if it can. */
export function javaOrMavenMissing(what: string, cached: boolean): string | undefined {
  const major = javaMajor();
  if (major === undefined) return `java not found on the PATH (Java ${JAVA_MAJOR}+ runs ${what})`;
  if (major < JAVA_MAJOR) return `java ${major} found; ${what} needs Java ${JAVA_MAJOR}+`;
  if (cached) return undefined;
  return findExecutable('mvn')
    ? undefined
    : `mvn not found on the PATH (needed once to fetch ${what} from Maven Central)`;
}

export interface MavenStep {
  readonly component: ComponentName;
  /** What the progress line says. */
  readonly message: string;
  readonly pom: string;
  /** The goals and properties; `out` is a fresh folder for Maven to write into. */
  readonly args: (out: string) => readonly string[];
  readonly logName: string;
}

/** Runs Maven into a temporary folder that becomes `target` only when it succeeded. */
export async function mavenInto(target: string, step: MavenStep): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  rmSync(tmp, { recursive: true, force: true });
  await timed(step.component, step.message, () =>
    run('mvn', ['-B', '-q', '-Dstyle.color=never', '-f', step.pom, ...step.args(tmp)], {
      logFile: join(logDir, step.logName),
    }),
  );
  try {
    renameSync(tmp, target);
  } catch (error) {
    // Another instance (another VWU_INFRA_DIR on the same cache) finished first: keep its copy.
    if (!existsSync(target)) throw error;
    rmSync(tmp, { recursive: true, force: true });
  }
}

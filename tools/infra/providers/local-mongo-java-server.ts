// Provider 3 for the store, the default: mongo-java-server 1.47.0 run by `java` through the
// launcher in tools/infra/mongo-java-server, which Maven builds once with its jars from Maven
// Central (cached per pom and source). In memory; in an H2 file under the infra dir, kept across
// restarts, when VWU_LOCAL_MONGO_PERSIST=1.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir, dataDir, logDir, toolsDir } from '../paths.ts';
import { mongoAnswers } from '../probes.ts';
import type { ComponentRecord } from '../state.ts';
import { contentHash, launch, type LocalComponent } from './local-component.ts';
import { javaOrMavenMissing, mavenInto } from './maven.ts';
import { ports } from './provider.ts';

export const MONGO_JAVA_SERVER_VERSION = '1.47.0';
const launcherDir = join(toolsDir, 'mongo-java-server');
const pom = join(launcherDir, 'pom.xml');
const SOURCES = [
  'pom.xml',
  'src/main/java/vn/vwu/infra/mongo/Main.java',
  'src/main/resources/simplelogger.properties',
];

function buildDir(): string {
  const hash = contentHash(SOURCES.map((file) => join(launcherDir, file)));
  return join(cacheDir, `mongo-java-server-${MONGO_JAVA_SERVER_VERSION}-${hash}`);
}

/** The H2 file when data should survive a restart (VWU_LOCAL_MONGO_PERSIST=1), else undefined. */
export function persistentFile(): string | undefined {
  const persist = process.env['VWU_LOCAL_MONGO_PERSIST'] ?? '';
  if (persist !== '1' && persist !== 'true') return undefined;
  return join(dataDir, 'mongo-java-server', 'vwu.mv');
}

async function build(target: string): Promise<void> {
  await mavenInto(target, {
    component: 'mongo',
    message: `building the mongo-java-server ${MONGO_JAVA_SERVER_VERSION} launcher with its jars from Maven Central (first run only)`,
    pom,
    args: (out) => ['package', `-DbuildDir=${out}`],
    logName: 'mongo-java-server-build.log',
  });
}

function javaArgs(classpath: string, port: number, file: string | undefined): string[] {
  const heap = (process.env['MONGO_JAVA_SERVER_HEAP_OPTS'] ?? '-Xms64m -Xmx2g').split(' ');
  const level = process.env['MONGO_JAVA_SERVER_LOG_LEVEL'];
  return [
    ...heap,
    // Out of memory, the store's data is lost anyway: exit so that the probe says so at once.
    '-XX:+ExitOnOutOfMemoryError',
    ...(level ? [`-Dorg.slf4j.simpleLogger.defaultLogLevel=${level}`] : []),
    '-cp',
    classpath,
    'vn.vwu.infra.mongo.Main',
    String(port),
    ...(file ? [file] : []),
  ];
}

export const localMongoJavaServer: LocalComponent = {
  engine(): string {
    const file = persistentFile();
    return `mongo-java-server ${MONGO_JAVA_SERVER_VERSION} (${file ? `H2 file ${file}` : 'memory'})`;
  },

  missing(): string | undefined {
    return javaOrMavenMissing(
      `mongo-java-server ${MONGO_JAVA_SERVER_VERSION}`,
      existsSync(join(buildDir(), 'libs')),
    );
  },

  async start(owner: string): Promise<ComponentRecord> {
    const target = buildDir();
    if (!existsSync(join(target, 'libs'))) {
      mkdirSync(cacheDir, { recursive: true });
      await build(target);
    }
    const file = persistentFile();
    if (file) mkdirSync(join(file, '..'), { recursive: true });
    const port = ports.mongo();
    return launch({
      component: 'mongo',
      engine: localMongoJavaServer.engine(),
      owner,
      command: 'java',
      args: javaArgs(`${join(target, 'libs')}/*`, port, file),
      logFile: join(logDir, 'mongo-java-server.log'),
      url: `mongodb://127.0.0.1:${port}/`,
      readiness: 'a MongoDB ping',
      ports: { MONGO_PORT: port },
      probe: mongoAnswers,
      timeoutMs: 60_000,
    });
  },

  answers: mongoAnswers,
};

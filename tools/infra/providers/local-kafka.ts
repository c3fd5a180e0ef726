// Provider 3 for Kafka: Apache Kafka 4.1.0, one KRaft node (broker + controller), run by `java`
// from the jars Maven resolves from Maven Central (tools/infra/kafka/pom.xml), cached per pom.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from '../log.ts';
import { cacheDir, dataDir, logDir, toolsDir } from '../paths.ts';
import { run } from '../processes.ts';
import { kafkaAnswers } from '../probes.ts';
import type { ComponentRecord } from '../state.ts';
import { contentHash, launch, type LocalComponent } from './local-component.ts';
import { javaOrMavenMissing, mavenInto } from './maven.ts';
import { ports } from './provider.ts';

export const KAFKA_VERSION = '4.1.0';
const kafkaDir = join(toolsDir, 'kafka');
const pom = join(kafkaDir, 'pom.xml');
const log4jConfig = join(kafkaDir, 'log4j2.properties');
const home = join(dataDir, 'kafka');
const propertiesFile = join(home, 'server.properties');

function libsDir(): string {
  return join(cacheDir, `kafka-${KAFKA_VERSION}-${contentHash([pom])}`, 'libs');
}

async function resolveJars(target: string): Promise<void> {
  await mavenInto(target, {
    component: 'kafka',
    message: `resolving Apache Kafka ${KAFKA_VERSION} jars from Maven Central (first run only)`,
    pom,
    args: (out) => [
      'dependency:copy-dependencies',
      `-DoutputDirectory=${out}`,
      '-DincludeScope=runtime',
    ],
    logName: 'kafka-resolve.log',
  });
}

/** A KRaft cluster id: 16 random bytes, base64url; Kafka avoids a leading '-' for CLI use. */
function clusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function writeProperties(): void {
  const rendered = readFileSync(join(kafkaDir, 'server.properties.template'), 'utf8')
    .replaceAll('${KAFKA_PORT}', String(ports.kafka()))
    .replaceAll('${CONTROLLER_PORT}', String(ports.kafkaController()))
    .replaceAll('${DATA_DIR}', home);
  mkdirSync(home, { recursive: true });
  writeFileSync(propertiesFile, rendered);
}

function java(libs: string, mainClass: string, args: readonly string[]): [string, string[]] {
  const heap = process.env['KAFKA_HEAP_OPTS']?.split(' ') ?? ['-Xms256m', '-Xmx1g'];
  return [
    'java',
    [
      ...heap,
      '-XX:+UseG1GC',
      '-XX:MaxGCPauseMillis=20',
      '-XX:+ExitOnOutOfMemoryError',
      '-Djava.awt.headless=true',
      // log4j's own shutdown hook races Kafka's and loses the shutdown log lines.
      '-Dlog4j2.shutdownHookEnabled=false',
      `-Dlog4j2.configurationFile=${log4jConfig}`,
      '-cp',
      `${libs}/*`,
      mainClass,
      ...args,
    ],
  ];
}

async function formatOnce(libs: string): Promise<void> {
  if (existsSync(join(home, 'kraft-logs', 'meta.properties'))) return;
  const [command, args] = java(libs, 'kafka.tools.StorageTool', [
    'format',
    '-t',
    clusterId(),
    '-c',
    propertiesFile,
  ]);
  await timed('kafka', 'formatting the KRaft storage (once)', () =>
    run(command, args, { logFile: join(logDir, 'kafka-format.log') }),
  );
}

export const localKafka: LocalComponent = {
  engine: () => `Apache Kafka ${KAFKA_VERSION}`,

  missing(): string | undefined {
    return javaOrMavenMissing(`Apache Kafka ${KAFKA_VERSION}`, existsSync(libsDir()));
  },

  async start(owner: string): Promise<ComponentRecord> {
    const libs = libsDir();
    if (!existsSync(libs)) {
      mkdirSync(join(libs, '..'), { recursive: true });
      await resolveJars(libs);
    }
    writeProperties();
    await formatOnce(libs);
    const [command, args] = java(libs, 'kafka.Kafka', [propertiesFile]);
    return launch({
      component: 'kafka',
      engine: localKafka.engine(),
      owner,
      command,
      args,
      logFile: join(logDir, 'kafka.log'),
      url: `127.0.0.1:${ports.kafka()}`,
      readiness: 'a metadata request and a group coordinator lookup',
      ports: { KAFKA_PORT: ports.kafka(), KAFKA_CONTROLLER_PORT: ports.kafkaController() },
      probe: kafkaAnswers,
      timeoutMs: 120_000,
    });
  },

  answers: kafkaAnswers,
};

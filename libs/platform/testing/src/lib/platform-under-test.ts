import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './repo-root';
import { waitFor } from './wait-for';
import { testInfra } from './test-infra';

export interface PlatformUnderTest {
  readonly url: string;
  /** The administrator token `npm start` prints, scoped to the root unit. */
  readonly adminToken: string;
  readonly rootUnitId: string;
  /** Prefixes its databases, topics and consumer groups: `${namespace}vwu_membership`. */
  readonly namespace: string;
  /** Stops the platform as Ctrl-C would; resolves when every service has exited. */
  stop(): Promise<void>;
  /** Everything the platform printed so far (service logs included). */
  output(): string;
  /** A process's Prometheus endpoint, as `npm start` prints it (gateway, training, …). */
  metricsUrl(process: string): string;
}

/**
 * The platform exactly as `npm start` runs it (tools/start.ts), on the test run's Kafka and
 * store, on its own ports and with its own databases and consumer groups.
 */
export async function startPlatformUnderTest(gatewayPort: number): Promise<PlatformUnderTest> {
  const { KAFKA_BROKERS, MONGO_URL } = testInfra();
  // Per platform: two specs in one jest worker get separate databases, groups and topics, and
  // so do two runs on one long-lived store whose workers happen to get the same pid.
  const namespace = `e2e${process.pid}_${Date.now().toString(36)}_${gatewayPort}_`;
  const child: ChildProcess = spawn(
    process.execPath,
    ['--disable-warning=TimeoutNegativeWarning', join(repoRoot(), 'tools/start.ts')],
    {
      cwd: repoRoot(),
      detached: true,
      env: {
        ...process.env,
        KAFKA_BROKERS: KAFKA_BROKERS.join(','),
        MONGO_URL,
        GATEWAY_PORT: String(gatewayPort),
        VWU_NAMESPACE: namespace,
      },
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(
    () => output.includes('press Ctrl-C to stop') || child.exitCode !== null,
    'the platform to start',
    240_000,
  );
  if (child.exitCode !== null) throw new Error(`the platform did not start:\n${output}`);
  const banner = /administrator token for the root unit ([0-9a-f-]{36}):\s*\n\s*(\S+)/.exec(output);
  if (!banner?.[1] || !banner[2]) throw new Error(`no administrator token in:\n${output}`);
  return {
    url: `http://127.0.0.1:${gatewayPort}`,
    rootUnitId: banner[1],
    namespace,
    adminToken: banner[2],
    output: () => output,
    metricsUrl: (name) => {
      const printed = new RegExp(`^\\s+${name}\\s+(http://\\S+/metrics)$`, 'mu').exec(output);
      if (!printed?.[1]) throw new Error(`npm start printed no metrics endpoint for ${name}`);
      return printed[1];
    },
    stop: async () => {
      if (child.exitCode === null && child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      await exited;
    },
  };
}

/** A development token for a user scoped to a unit, minted by `npm run token`. */
export async function mintToken(
  unit: string,
  roles: readonly string[],
  options: { readonly sub?: string } = {},
): Promise<string> {
  const args = [
    join(repoRoot(), 'tools/auth/token.ts'),
    '--unit',
    unit,
    ...roles.flatMap((r) => ['--role', r]),
    ...(options.sub ? ['--sub', options.sub] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: repoRoot() });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`npm run token failed with ${code}`);
  return out.trim();
}

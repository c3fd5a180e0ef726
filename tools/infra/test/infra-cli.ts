import { spawn } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const cli = join(root, 'tools/infra/cli.ts');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `tools/infra/cli.ts` as `npm run infra:*` does, with KAFKA_BROKERS and MONGO_URL unset
 * unless `env` sets them (the test run's own are in this process's environment).
 */
export async function infra(
  args: readonly string[],
  env: Record<string, string | undefined>,
): Promise<CliRun> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=TimeoutNegativeWarning', cli, ...args],
    {
      cwd: root,
      env: { ...process.env, KAFKA_BROKERS: undefined, MONGO_URL: undefined, ...env },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  return { code, stdout, stderr };
}

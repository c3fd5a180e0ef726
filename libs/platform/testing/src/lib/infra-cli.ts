import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs tools/infra/cli.ts, the one implementation of the provider chain, with this Node (24,
 * which runs TypeScript tools directly). Progress goes to the terminal; stdout is the result.
 * kafkajs 2.2.4 trips Node 24's TimeoutNegativeWarning (tulios/kafkajs#1751): harmless, silenced.
 */
export async function runInfraCli(
  rootDir: string,
  args: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const child = spawn(
    process.execPath,
    ['--disable-warning=TimeoutNegativeWarning', join(rootDir, 'tools/infra/cli.ts'), ...args],
    {
      cwd: rootDir,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0)
    throw new Error(`infra ${args.join(' ')} failed (exit ${code}); see its output above`);
  return stdout;
}

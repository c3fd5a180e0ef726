// npm run fuzz [-- --max-examples 100 --seed 42]: schemathesis (from PyPI, in a virtualenv the
// script makes once under the infrastructure cache) against the platform as `npm start` runs it,
// every operation of /api/openapi.json, signed in as the root's administrator, with the three
// checks the API promises: no server error, only documented statuses, only documented bodies.
// The bounded version of the same promise runs in npm test (api-contract.e2e.spec.ts).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mintDevToken } from '../auth/dev-keys.ts';
import { down, up } from '../infra/chain.ts';
import { step } from '../infra/log.ts';
import { cacheDir, infraDir } from '../infra/paths.ts';
import { startPlatform } from '../platform.ts';

const SCHEMATHESIS = '4.32.5';
const ROOT = '00000000-0000-4000-8000-000000000001';
const CHECKS = 'not_a_server_error,status_code_conformance,response_schema_conformance';

/** The schemathesis command, installed on first use; a clear error where Python cannot. */
function schemathesis(): string {
  const venv = join(cacheDir, `schemathesis-${SCHEMATHESIS}`);
  const bin = join(venv, 'bin', 'schemathesis');
  if (existsSync(bin)) return bin;
  const steps: [string, string[]][] = [
    ['python3', ['-m', 'venv', venv]],
    [join(venv, 'bin', 'pip'), ['install', '--quiet', `schemathesis==${SCHEMATHESIS}`]],
  ];
  for (const [command, args] of steps) {
    step('schemathesis', `${command} ${args.join(' ')}`);
    const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
    if (status !== 0)
      throw new Error(
        `could not install schemathesis ${SCHEMATHESIS} (${error?.message ?? `exit ${status}`}): it needs Python 3.9+ with venv and pip, and PyPI`,
      );
  }
  return bin;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'max-examples': { type: 'string', default: '100' },
      seed: { type: 'string' },
      port: { type: 'string', default: '3700' },
    },
  });
  const command = schemathesis();
  const { env } = await up('fuzz');
  const gatewayPort = Number(values.port);
  const platform = await startPlatform({
    infra: env,
    gatewayPort,
    namespace: `fuzz${Date.now()}_`,
    log: () => undefined,
  });
  try {
    const token = await mintDevToken({ unit: ROOT, roles: ['admin'], sub: 'fuzz', ttl: '2h' });
    const args = [
      'run',
      `${platform.gatewayUrl}/api/openapi.json`,
      ...['--checks', CHECKS, '--workers', '1', '--max-examples', values['max-examples']],
      ...(values.seed ? ['--seed', values.seed] : []),
      ...['-H', `Authorization: Bearer ${token}`],
    ];
    // Its own cache and reports (.schemathesis/) go under .infra, not into the working tree.
    const cwd = join(infraDir, 'fuzz');
    mkdirSync(cwd, { recursive: true });
    const child = spawn(command, args, { stdio: 'inherit', cwd });
    return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    await platform.stop();
    await down('fuzz');
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`fuzz: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);

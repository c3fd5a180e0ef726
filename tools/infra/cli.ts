// npm run infra:up | infra:down | infra:status — one implementation for start, test and bench.
import { parseArgs } from 'node:util';
import { down, up } from './chain.ts';
import { setQuiet } from './log.ts';
import { envFile } from './paths.ts';
import { status, type StatusLine } from './status.ts';

const USAGE = `usage: node tools/infra/cli.ts <up|down|status> [--owner NAME] [--json] [--quiet]
  up      start (or reuse) Kafka and the MongoDB-compatible store; print KAFKA_BROKERS and MONGO_URL
  down    stop what infra:up started (with --owner, only what that owner started)
  status  say what runs where`;

interface Options {
  readonly owner: string | undefined;
  readonly json: boolean;
}

const commands: Record<string, (options: Options) => Promise<void>> = {
  async up({ owner, json }) {
    const result = await up(owner ?? 'infra:up');
    if (json) return console.log(JSON.stringify(result));
    console.log(`KAFKA_BROKERS=${result.env.KAFKA_BROKERS}\nMONGO_URL=${result.env.MONGO_URL}`);
    console.error(`(written to ${envFile}; load it with: set -a; . ${envFile}; set +a)`);
  },

  async down({ owner, json }) {
    const stopped = await down(owner);
    if (json) return console.log(JSON.stringify(stopped));
    if (stopped.length === 0)
      console.log('nothing to stop: infra:up started nothing that still runs');
    for (const record of stopped) console.log(`stopped ${record.provider} at ${record.url}`);
  },

  async status({ json }) {
    const lines = await status();
    if (json) return console.log(JSON.stringify(lines));
    for (const line of lines) console.log(describe(line));
  },
};

function describe(line: StatusLine): string {
  if (line.provider === 'none')
    return `${line.component.padEnd(6)} not running (npm run infra:up starts it)`;
  const where = line.pid
    ? `pid ${line.pid}`
    : line.containerId
      ? `container ${line.containerId.slice(0, 12)}`
      : 'external';
  const health = line.running ? 'answers' : 'DOES NOT ANSWER';
  const details = [
    where,
    line.engine,
    line.owner && `started by ${line.owner}`,
    line.logFile && `log ${line.logFile}`,
  ];
  return `${line.component.padEnd(6)} ${line.provider.padEnd(8)} ${line.url}  ${health} (${details.filter(Boolean).join(', ')})`;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      owner: { type: 'string' },
      json: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  setQuiet(values.quiet);
  const command = commands[positionals[0] ?? ''];
  if (values.help || !command) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  await command({ owner: values.owner, json: values.json });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`infra: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

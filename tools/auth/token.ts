// npm run token -- --unit <unitId> --role <role> [--role <role>] [--sub <userId>] [--ttl 8h]
// Prints a development bearer token, and nothing else, on stdout: TOKEN=$(npm run -s token -- …)
import { parseArgs } from 'node:util';
import { DEV_ROLES, DevTokenUsageError, mintDevToken } from './dev-keys.ts';

const USAGE = `usage: npm run token -- --unit <unitId> --role <role> [--role <role>] [--sub <userId>] [--ttl 8h]
  roles: ${DEV_ROLES.join(', ')}
  The key is created on first use in .infra/auth (VWU_INFRA_DIR); services read its JWKS.`;

function options(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      options: {
        unit: { type: 'string' },
        role: { type: 'string', multiple: true },
        sub: { type: 'string' },
        ttl: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    throw new DevTokenUsageError(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<number> {
  const values = options(process.argv.slice(2));
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const token = await mintDevToken({
    unit: values.unit ?? '',
    roles: values.role ?? [],
    sub: values.sub,
    ttl: values.ttl,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof DevTokenUsageError;
    console.error(`token: ${error instanceof Error ? error.message : String(error)}`);
    if (usage) console.error(USAGE);
    process.exit(usage ? 2 : 1);
  },
);

// npm start: the whole platform in the foreground until Ctrl-C: the infrastructure through the
// provider chain (reusing what already runs), then every service as its own process with
// prefixed logs. On exit it stops the services, and the infrastructure only if it started it.
import { mintDevToken } from './auth/dev-keys.ts';
import { down, up } from './infra/chain.ts';
import { startPlatform } from './platform.ts';

const OWNER = 'start';
/** The root unit that organisation-service establishes at start (ROOT_UNIT_ID overrides it). */
const ROOT_UNIT_ID = process.env['ROOT_UNIT_ID'] || '00000000-0000-4000-8000-000000000001';

/** Resolves at the first Ctrl-C or SIGTERM, even one that comes while the start is under way. */
function stopRequested(): Promise<void> {
  return new Promise((resolve) => {
    // Signal listeners alone do not keep Node running: without this it would exit at once.
    const keepAlive = setInterval(() => undefined, 60_000);
    let signals = 0;
    const onSignal = (): void => {
      signals += 1;
      clearInterval(keepAlive);
      if (signals === 1) resolve();
      else console.log('Vẫn đang dừng, xin chờ — still stopping, please wait …');
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

async function main(): Promise<void> {
  const stop = stopRequested();
  const { env, components } = await up(OWNER);
  const gatewayPort = Number(process.env['GATEWAY_PORT'] || 3000);
  let platform;
  try {
    platform = await startPlatform({
      infra: env,
      gatewayPort,
      // A namespace keeps a second platform (the end-to-end tests') apart: own databases, groups.
      namespace: process.env['VWU_NAMESPACE'] ?? '',
      log: (line) => console.log(line),
    });
  } catch (error) {
    await down(OWNER);
    throw error;
  }
  const token = await mintDevToken({
    unit: ROOT_UNIT_ID,
    roles: ['admin'],
    sub: 'dev-admin',
    ttl: '12h',
  });
  console.log(
    [
      '',
      'vwu-platform đang chạy — vwu-platform is running',
      `  API:        ${platform.gatewayUrl}/api/v1`,
      `  Tài liệu — docs: ${platform.gatewayUrl}/api/docs`,
      '  Số đo — metrics (Prometheus):',
      ...Object.entries(platform.metricsUrls).map(([name, url]) => `    ${name.padEnd(13)} ${url}`),
      ...components.map(
        (c) => `  ${c.component.padEnd(6)}      ${c.url}  (${c.provider}, ${c.how})`,
      ),
      '',
      `  KAFKA_BROKERS=${env.KAFKA_BROKERS}`,
      `  MONGO_URL=${env.MONGO_URL}`,
      '',
      `  Token quản trị (đơn vị gốc) — administrator token for the root unit ${ROOT_UNIT_ID}:`,
      `  ${token}`,
      '  Token cho một đơn vị — a token scoped to a unit: npm run token -- --unit <id> --role unit-manager',
      '',
      'Nhấn Ctrl-C để dừng — press Ctrl-C to stop',
    ].join('\n'),
  );
  await stop;
  console.log('\nĐang dừng — stopping …');
  await platform.stop();
  const stopped = await down(OWNER);
  for (const record of stopped) console.log(`  stopped ${record.provider} at ${record.url}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

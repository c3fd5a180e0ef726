// npm start: the platform in the foreground until Ctrl-C. Brings up the infrastructure through the
// provider chain (reusing what already runs) and stops, on exit, only what it started itself.
import { down, up } from './infra/chain.ts';

const OWNER = 'start';

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
  console.log(
    [
      '',
      'vwu-platform đang chạy — vwu-platform is running',
      ...components.map((c) => `  ${c.component.padEnd(6)} ${c.url}  (${c.provider}, ${c.how})`),
      '',
      `  KAFKA_BROKERS=${env.KAFKA_BROKERS}`,
      `  MONGO_URL=${env.MONGO_URL}`,
      '',
      'Nhấn Ctrl-C để dừng — press Ctrl-C to stop',
    ].join('\n'),
  );
  await stop;
  console.log('\nĐang dừng — stopping …');
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

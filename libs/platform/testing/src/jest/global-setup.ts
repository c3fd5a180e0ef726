import type { Config } from 'jest';
import { runInfraCli } from '../lib/infra-cli';

/** Provisions Kafka and the store once per jest run; tests read them from the environment. */
export default async function globalSetup(
  _global: Config,
  project: { rootDir: string },
): Promise<void> {
  if (process.env['VWU_INFRA_OWNER']) return; // the other tier of this run already did
  const owner = `jest-${process.pid}`;
  const out = await runInfraCli(project.rootDir, ['up', '--owner', owner, '--json']);
  const { env } = JSON.parse(out) as {
    env: { KAFKA_BROKERS: string; MONGO_URL: string; MONGO_EXACT_INDEX_ONLY?: string };
  };
  // Workers are forked after global setup and inherit this environment.
  process.env['KAFKA_BROKERS'] = env.KAFKA_BROKERS;
  process.env['MONGO_URL'] = env.MONGO_URL;
  process.env['MONGO_EXACT_INDEX_ONLY'] = env.MONGO_EXACT_INDEX_ONLY ?? 'false';
  process.env['VWU_INFRA_OWNER'] = owner;
}

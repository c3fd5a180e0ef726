import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInfraCli } from './infra-cli';
import { repoRoot } from './repo-root';
import { testInfra } from './test-infra';

/**
 * A Kafka broker of a test's own, started through the same provider chain, that the test may
 * stop and start again (a broker that goes away and comes back). Its data survives a restart;
 * the store stays the shared one.
 */
export class KafkaInstance {
  private readonly dir = mkdtempSync(join(tmpdir(), 'vwu-kafka-'));

  constructor(private readonly port: number) {}

  get brokers(): string[] {
    return [`127.0.0.1:${this.port}`];
  }

  async start(): Promise<void> {
    await runInfraCli(repoRoot(), ['up', '--quiet', '--owner', 'kafka-instance'], this.env());
  }

  async stop(): Promise<void> {
    await runInfraCli(repoRoot(), ['down', '--quiet'], this.env());
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      KAFKA_BROKERS: undefined,
      MONGO_URL: testInfra().MONGO_URL,
      VWU_INFRA_DIR: this.dir,
      KAFKA_PORT: String(this.port),
      KAFKA_CONTROLLER_PORT: String(this.port + 1),
    };
  }
}

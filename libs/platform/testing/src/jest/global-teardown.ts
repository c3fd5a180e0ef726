import { runInfraCli } from '../lib/infra-cli';

/** Stops only what this run's global setup started; a broker that was already up stays up. */
export default async function globalTeardown(
  _global: unknown,
  project: { rootDir: string },
): Promise<void> {
  const owner = process.env['VWU_INFRA_OWNER'];
  if (!owner) return;
  delete process.env['VWU_INFRA_OWNER'];
  await runInfraCli(project.rootDir, ['down', '--owner', owner, '--quiet']);
}

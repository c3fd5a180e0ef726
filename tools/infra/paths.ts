import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The repository root: the nearest folder above this file that holds nx.json. */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`nx.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

export const repoRoot = findRoot(import.meta.dirname);
/** Everything the infrastructure tooling writes lives here (git-ignored). */
export const infraDir = resolve(process.env['VWU_INFRA_DIR'] ?? join(repoRoot, '.infra'));
/** Downloads and builds, shared by every VWU_INFRA_DIR of this checkout: a second instance reuses them. */
export const cacheDir = resolve(
  process.env['VWU_INFRA_CACHE_DIR'] ?? join(repoRoot, '.infra', 'cache'),
);
export const dataDir = join(infraDir, 'data');
export const logDir = join(infraDir, 'logs');
export const stateFile = join(infraDir, 'state.json');
export const envFile = join(infraDir, 'env');
export const lockDir = join(infraDir, 'lock');
export const toolsDir = join(repoRoot, 'tools', 'infra');

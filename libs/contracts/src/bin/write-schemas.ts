// npm run contracts:build: writes the JSON Schemas and the AsyncAPI document to
// libs/contracts/schemas/, where they are checked in. Runs compiled, from
// dist/libs/contracts/src/bin/, so it finds the repository by walking up to nx.json.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeContractFiles } from '../json-schema/contract-files';

function repoRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`nx.json not found above ${start}`);
    dir = parent;
  }
  return dir;
}

const libRoot = join(repoRoot(__dirname), 'libs', 'contracts');
for (const line of writeContractFiles(libRoot)) {
  process.stdout.write(`contracts: ${line}\n`);
}

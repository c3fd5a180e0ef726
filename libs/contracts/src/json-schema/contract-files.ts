// Node-only (the bin script and the up-to-date test use it): not exported from the library, which
// depends on zod alone.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMAS_DIR, generateContractFiles } from './generate';

const REBUILD = 'run `npm run contracts:build` and commit the result';

/** The .json files in schemas/ (relative to libRoot), which are all generated. */
function checkedInFiles(libRoot: string): string[] {
  const dir = join(libRoot, SCHEMAS_DIR);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => `${SCHEMAS_DIR}/${name}`);
}

function read(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** What differs between libs/contracts/ and the generator's output; empty when up to date. */
export function contractFileProblems(libRoot: string): string[] {
  const files = generateContractFiles();
  const problems = [...files].flatMap(([path, content]) => {
    const current = read(join(libRoot, path));
    if (current === undefined) return [`${path} is missing: ${REBUILD}`];
    return current === content ? [] : [`${path} is out of date: ${REBUILD}`];
  });
  const stale = checkedInFiles(libRoot).filter((path) => !files.has(path));
  return [...problems, ...stale.map((path) => `${path} is no longer generated: ${REBUILD}`)];
}

/** Writes the generated files under libRoot and removes stale ones; one line per file. */
export function writeContractFiles(libRoot: string): string[] {
  const files = generateContractFiles();
  const stale = checkedInFiles(libRoot).filter((path) => !files.has(path));
  for (const path of stale) rmSync(join(libRoot, path));
  const written = [...files].map(([path, content]) => {
    const target = join(libRoot, path);
    const current = read(target);
    if (current === content) return `unchanged ${path}`;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    return `${current === undefined ? 'created' : 'updated'} ${path}`;
  });
  return [...written, ...stale.map((path) => `removed ${path}`)];
}

import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractFileProblems, writeContractFiles } from './contract-files';
import { generateContractFiles } from './generate';

const LIB_ROOT = join(__dirname, '..', '..');

describe('checked-in contract files (libs/contracts/schemas)', () => {
  it('are exactly what the generator produces: if not, run `npm run contracts:build`', () => {
    expect(contractFileProblems(LIB_ROOT)).toEqual([]);
  });
});

describe('writing and checking contract files', () => {
  let libRoot: string;
  const paths = [...generateContractFiles().keys()];

  beforeEach(() => {
    libRoot = mkdtempSync(join(tmpdir(), 'contracts-'));
  });

  afterEach(() => {
    rmSync(libRoot, { recursive: true, force: true });
  });

  it('reports every file missing, telling to run contracts:build', () => {
    expect(contractFileProblems(libRoot)).toEqual(
      paths.map(
        (path) => `${path} is missing: run \`npm run contracts:build\` and commit the result`,
      ),
    );
  });

  it('writes every file, then finds nothing to report or rewrite', () => {
    expect(writeContractFiles(libRoot)).toEqual(paths.map((path) => `created ${path}`));
    expect(contractFileProblems(libRoot)).toEqual([]);
    expect(writeContractFiles(libRoot)).toEqual(paths.map((path) => `unchanged ${path}`));
  });

  it('reports an edited file and a file no longer generated, and the rebuild fixes both', () => {
    writeContractFiles(libRoot);
    const [edited = ''] = paths;
    writeFileSync(join(libRoot, edited), readFileSync(join(libRoot, edited), 'utf8').trimEnd());
    writeFileSync(join(libRoot, 'schemas', 'vn.vwu.organisation.UnitSplit.v1.schema.json'), '{}\n');

    expect(contractFileProblems(libRoot)).toEqual([
      `${edited} is out of date: run \`npm run contracts:build\` and commit the result`,
      'schemas/vn.vwu.organisation.UnitSplit.v1.schema.json is no longer generated: run `npm run contracts:build` and commit the result',
    ]);
    expect(writeContractFiles(libRoot)).toContain(`updated ${edited}`);
    expect(contractFileProblems(libRoot)).toEqual([]);
    expect(readdirSync(join(libRoot, 'schemas')).sort()).toEqual(
      paths.map((path) => path.replace('schemas/', '')).sort(),
    );
  });
});

// npm run build: compiles apps/ and libs/ to dist/ with SWC (CommonJS, decorator metadata for
// NestJS, path aliases rewritten to relative requires), so `node dist/apps/<name>/src/main.js`
// runs without a loader. Type-checking is `npm run typecheck`'s job, not this one's.
import swc from '@swc/core';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from './infra/paths.ts';

const outDir = join(repoRoot, 'dist');
const { compilerOptions } = JSON.parse(
  readFileSync(join(repoRoot, 'tsconfig.base.json'), 'utf8'),
) as {
  compilerOptions: { paths: Record<string, string[]> };
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter(
      (e) =>
        e.isFile() &&
        e.name.endsWith('.ts') &&
        !e.name.endsWith('.spec.ts') &&
        !e.name.endsWith('.d.ts'),
    )
    .map((e) => join(e.parentPath, e.name));
}

const options: swc.Options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
    baseUrl: repoRoot,
    paths: compilerOptions.paths,
  },
  module: { type: 'commonjs' },
  sourceMaps: true,
};

async function build(): Promise<void> {
  const t0 = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  const files = ['apps', 'libs'].flatMap((d) => sources(join(repoRoot, d)));
  await Promise.all(
    files.map(async (file) => {
      const target = join(outDir, relative(repoRoot, file)).replace(/\.ts$/, '.js');
      const { code, map } = await swc.transformFile(file, {
        ...options,
        filename: file,
        outputPath: target,
      });
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, `${code}\n//# sourceMappingURL=${target.split('/').pop()}.map\n`);
      if (map) writeFileSync(`${target}.map`, map);
    }),
  );
  console.log(
    `build: ${files.length} files to ${relative(repoRoot, outDir)}/ in ${Date.now() - t0} ms`,
  );
}

await build();

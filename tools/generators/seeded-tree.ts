import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** An empty workspace holding copies of the repository's files that a generator edits (and formats). */
export function seededTree(paths: readonly string[]): Tree {
  const tree = createTreeWithEmptyWorkspace();
  tree.delete('.oxfmtrc.json'); // the repository formats with Prettier
  for (const path of ['.prettierrc.json', ...paths])
    tree.write(path, readFileSync(join(root, path), 'utf8'));
  return tree;
}

import type { Tree } from '@nx/devkit';
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

/** An empty workspace holding copies of the repository's files that a generator edits. */
export function seededTree(paths: readonly string[]): Tree {
  const tree = createTreeWithEmptyWorkspace();
  // No formatter: the specs read the edits as made (Prettier formats them under `nx g`).
  tree.delete('.oxfmtrc.json');
  for (const path of paths) tree.write(path, readFileSync(join(root, path), 'utf8'));
  return tree;
}

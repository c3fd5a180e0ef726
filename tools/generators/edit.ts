import type { Tree } from '@nx/devkit';

// Text edits of the hand-written files a generator extends. Each edit finds an anchor and fails
// loudly when it is missing: a file that changed shape is to be looked at, not guessed at.

export function read(tree: Tree, path: string): string {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} is missing`);
  return text;
}

/** Where an edit goes: the first match of a pattern, or its last. */
export type Anchor = RegExp | { readonly last: RegExp };

/** Replaces the text at `anchor` through `edit`. */
export function editAt(tree: Tree, path: string, anchor: Anchor, edit: (match: string) => string) {
  const text = read(tree, path);
  const pattern = anchor instanceof RegExp ? anchor : anchor.last;
  const all = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
  const matches = [...text.matchAll(all)];
  const match = anchor instanceof RegExp ? matches[0] : matches.at(-1);
  if (match === undefined) throw new Error(`${path}: found no ${String(pattern)}`);
  const at = match.index;
  tree.write(path, text.slice(0, at) + edit(match[0]) + text.slice(at + match[0].length));
}

export function insertBefore(tree: Tree, path: string, anchor: Anchor, text: string) {
  editAt(tree, path, anchor, (match) => text + match);
}

export function insertAfter(tree: Tree, path: string, anchor: Anchor, text: string) {
  editAt(tree, path, anchor, (match) => match + text);
}

/** Adds names to the `import { … } from 'source'` of a file, or a new import if it has none. */
export function addImport(tree: Tree, path: string, source: string, names: readonly string[]) {
  const text = read(tree, path);
  const from = new RegExp(
    `import (type )?\\{([^}]*)\\} from '${source.replace(/[/.]/g, '\\$&')}';`,
  );
  const found = from.exec(text);
  if (found === null) {
    const imports = [...text.matchAll(/^import [^;]+;\n/gm)].at(-1);
    const at = imports === undefined ? 0 : imports.index + imports[0].length;
    const types = names.every((name) => name.startsWith('type '));
    const listed = names.map((name) => (types ? name.slice('type '.length) : name)).join(', ');
    const line = `import ${types ? 'type ' : ''}{ ${listed} } from '${source}';\n`;
    tree.write(path, text.slice(0, at) + line + text.slice(at));
    return;
  }
  const typeOnly = found[1] !== undefined;
  const have = found[2]?.split(',').map((name) => name.trim()) ?? [];
  const wanted = names.map((name) => (typeOnly ? name.replace(/^type /, '') : name));
  const all = [...have.filter((name) => name !== ''), ...wanted.filter((n) => !have.includes(n))];
  tree.write(
    path,
    text.replace(from, `import ${found[1] ?? ''}{ ${all.join(', ')} } from '${source}';`),
  );
}

/** `export type Union = A | B;` gains `| member`. */
export function addToUnion(tree: Tree, path: string, union: string, member: string) {
  editAt(tree, path, new RegExp(`export type ${union} =[^;]*;`), (match) =>
    match.replace(/;$/, ` | ${member};`),
  );
}

/** Appends a line to a file (an `export *` to an index, an entry to a list). */
export function appendLine(tree: Tree, path: string, line: string) {
  const text = read(tree, path);
  if (!text.includes(line)) tree.write(path, `${text.trimEnd()}\n${line}\n`);
}

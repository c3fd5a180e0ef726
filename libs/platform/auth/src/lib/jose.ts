import type * as Jose from 'jose';
import { Module, createRequire } from 'node:module';
import { dirname } from 'node:path';

interface NodeModuleInternals {
  new (id: string): { filename: string; paths: string[]; require(id: string): unknown };
  _nodeModulePaths(dir: string): string[];
}

function isRequireEsmError(error: unknown): boolean {
  // Thrown by jest's own realm, where `instanceof Error` does not hold.
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' && message.startsWith('Must use import to load ES Module');
}

/** Node's own loader, which requires jose's ES modules natively (Node >= 22.12). */
function nodeRequire(id: string): unknown {
  const NodeModule = Module as unknown as NodeModuleInternals;
  const loader = new NodeModule(__filename);
  loader.filename = __filename;
  loader.paths = NodeModule._nodeModulePaths(dirname(__filename));
  return loader.require(id);
}

let loaded: typeof Jose | undefined;

/**
 * jose 6 is published as ES modules only. Node 24 require()s them, so compiled services load it
 * as any package; jest's CommonJS runtime cannot (it would need --experimental-vm-modules or a
 * transform of node_modules/jose), so under jest it comes from Node's own loader instead.
 */
export function jose(): typeof Jose {
  if (loaded) return loaded;
  try {
    loaded = createRequire(__filename)('jose') as typeof Jose;
  } catch (error) {
    if (!isRequireEsmError(error)) throw error;
    loaded = nodeRequire('jose') as typeof Jose;
  }
  return loaded;
}

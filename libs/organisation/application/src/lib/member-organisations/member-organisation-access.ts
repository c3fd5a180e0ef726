import type { Actor } from '@vwu/platform-auth';
import { authorise } from '../access';

/** Member organisations belong to the root union: only an actor scoped to the root acts. */
export function requireRootScope(actor: Actor, unionId: string): void {
  authorise(actor, 'units:write', [unionId]);
}

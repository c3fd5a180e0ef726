import { authorise, type Actor, type Permission } from '@vwu/platform-auth';
import type { CadreCommand } from '@vwu/training-domain';
import {
  requireCadreRecord,
  type CadreCommandResult,
  type CadreWorkspace,
  type LoadedCadre,
} from './cadre-streams';

/** Her record, loaded and authorised for the actor in its unit's scope. */
export async function authorisedCadre(
  cadres: CadreWorkspace,
  cadreId: string,
  actor: Actor,
  permission: Permission = 'cadres:write',
): Promise<LoadedCadre & { readonly path: readonly string[] }> {
  const loaded = await cadres.load(cadreId);
  const path = await cadres.pathOf(requireCadreRecord(loaded));
  authorise(actor, permission, path);
  return { ...loaded, path };
}

/** A change of a cadre that needs nothing but her record's scope. */
export async function changeCadre(
  cadres: CadreWorkspace,
  cadreId: string,
  actor: Actor,
  command: CadreCommand,
): Promise<CadreCommandResult> {
  await authorisedCadre(cadres, cadreId, actor);
  const outcome = await cadres.handle(cadreId, command, actor);
  return { id: cadreId, version: outcome.version };
}

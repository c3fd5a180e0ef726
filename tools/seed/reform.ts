// Step 2 of the seed: the reform of 1 July 2025 through the public API. New commune and ward
// unions are established under the city; every old commune union merges into one of them (its
// branches move there); every district union is dissolved, its remaining grassroots unions (in
// agencies and enterprises) going directly under the city.
import { ApiError, call, children, inParallel, sleep, type Api, type UnitItem } from './client.ts';
import { placeNames, share, type Scale } from './structure.ts';

export const REFORM_DAY = '2025-07-01';

export interface ReformResult {
  established: number;
  merged: number;
  dissolved: number;
  moved: number;
}

/** The new communes' names: unique, and not among the old ones' (a different salt). */
export function newCommuneNames(scale: Scale): string[] {
  return placeNames(scale.newCommunes, 17).map((place, i) =>
    i % 3 === 0 ? `Hội LHPN phường ${place}` : `Hội LHPN xã ${place}`,
  );
}

async function establishOrFind(api: Api, rootId: string, name: string): Promise<string> {
  const body = { name, kind: 'grassroots', parentId: rootId, establishedOn: REFORM_DAY };
  try {
    return (await call<{ id: string }>(api, 'POST', '/api/v1/units', body)).body.id;
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    const found = (await children(api, rootId)).find((unit) => unit.name === name);
    if (!found) throw error;
    return found.id;
  }
}

/**
 * The districts and their grassroots unions as the read model lists them on 30 June 2025, once
 * it has caught up with the import (the reform finds its units by name there).
 */
async function before(api: Api, rootId: string, scale: Scale) {
  const expected = scale.communes + scale.otherGrassroots;
  for (let attempt = 0; ; attempt += 1) {
    const all = await children(api, rootId, '2025-06-30');
    const districts = all.filter((u) => u.kind === 'district');
    const perDistrict = await inParallel(districts, 8, (d) => children(api, d.id, '2025-06-30'));
    const found = perDistrict.flat().length;
    if (districts.length === scale.districts && found === expected)
      return { districts, perDistrict };
    if (attempt > 600)
      throw new Error(`the read model lists ${found} of ${expected} grassroots unions`);
    await sleep(1_000);
  }
}

/** Applies the reform to the tree under the root; safe to run again (a repeat changes nothing). */
export async function applyReform(api: Api, rootId: string, scale: Scale): Promise<ReformResult> {
  const { districts, perDistrict } = await before(api, rootId, scale);
  const communes = perDistrict
    .flat()
    .filter((u: UnitItem) => u.kind === 'grassroots' && u.name.startsWith('Hội LHPN '));
  const names = newCommuneNames(scale);
  const successors = await inParallel(names, 8, (name) => establishOrFind(api, rootId, name));
  const targets: string[] = [];
  successors.forEach((id, i) => {
    for (let k = 0; k < share(communes.length, successors.length, i); k += 1) targets.push(id);
  });
  const merges = await inParallel(communes, 8, async (commune) => {
    const successorId = targets[communes.indexOf(commune)];
    const body = { successorId, mergedOn: REFORM_DAY };
    return (await call<{ moved: number }>(api, 'POST', `/api/v1/units/${commune.id}/merge`, body))
      .body.moved;
  });
  const dissolutions = await inParallel(districts, 4, async (district) => {
    const body = { successorId: rootId, dissolvedOn: REFORM_DAY };
    return (
      await call<{ moved: number }>(api, 'POST', `/api/v1/units/${district.id}/dissolve`, body)
    ).body.moved;
  });
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  return {
    established: successors.length,
    merged: communes.length,
    dissolved: districts.length,
    moved: sum(merges) + sum(dissolutions),
  };
}

// Step 2 of the seed: the reform of 1 July 2025 through the public API. New commune and ward
// unions are established under the city; every old commune union merges into one of them (its
// branches move there); every district union is dissolved, its remaining grassroots unions (in
// agencies and enterprises) going directly under the city.
import { call, children, inParallel, sleep, type Api, type UnitItem } from './client.ts';
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

interface PlanStep {
  readonly op: string;
  readonly [key: string]: string | null;
}

interface Preview {
  readonly valid: boolean;
  readonly summary: Record<string, number>;
  readonly conflicts: readonly { field: string; reason: string }[];
}

export interface RestructuringJob {
  readonly id: string;
  readonly status: 'running' | 'completed' | 'failed';
  readonly total: number;
  readonly done: number;
  readonly percent: number;
  readonly failure?: { field: string; reason: string };
}

/**
 * The reform as one plan: the new communes and wards under the city, each old commune merged
 * into one of them (its branches follow), every district dissolved into the city (its remaining
 * grassroots unions, in agencies and enterprises, follow).
 */
export async function reformPlan(api: Api, rootId: string, scale: Scale) {
  const { districts, perDistrict } = await before(api, rootId, scale);
  const communes = perDistrict
    .flat()
    .filter((u: UnitItem) => u.kind === 'grassroots' && u.name.startsWith('Hội LHPN '));
  const names = newCommuneNames(scale);
  const steps: PlanStep[] = names.map((name, i) => ({
    op: 'establish',
    ref: `commune-${i + 1}`,
    name,
    kind: 'grassroots',
    parent: rootId,
  }));
  let next = 0;
  names.forEach((_, i) => {
    for (let k = 0; k < share(communes.length, names.length, i); k += 1) {
      const commune = communes[next++] as UnitItem;
      steps.push({ op: 'merge', unit: commune.id, successor: `commune-${i + 1}` });
    }
  });
  for (const district of districts)
    steps.push({ op: 'dissolve', unit: district.id, successor: rootId });
  return {
    title: 'Sắp xếp tổ chức Hội theo đơn vị hành chính hai cấp (1/7/2025)',
    effectiveOn: REFORM_DAY,
    steps,
  };
}

/** Polls the job until it ends; `progress` sees every answer (percent done). */
export async function awaitRestructuring(
  api: Api,
  id: string,
  progress: (job: RestructuringJob) => void = () => undefined,
): Promise<RestructuringJob> {
  for (;;) {
    const { body: job } = await call<RestructuringJob>(api, 'GET', `/api/v1/restructurings/${id}`);
    progress(job);
    if (job.status !== 'running') return job;
    await sleep(1_000);
  }
}

/**
 * Applies the reform to the tree under the root as one plan: previewed (every change and
 * conflict), then applied as a job; safe to run again (the same plan is the same job).
 */
export async function applyReform(
  api: Api,
  rootId: string,
  scale: Scale,
  progress?: (job: RestructuringJob) => void,
): Promise<ReformResult & { job: RestructuringJob; preview: Preview }> {
  const plan = await reformPlan(api, rootId, scale);
  const { body: preview } = await call<Preview>(
    api,
    'POST',
    '/api/v1/restructurings/preview',
    plan,
  );
  if (!preview.valid)
    throw new Error(
      `the reform plan has conflicts: ${JSON.stringify(preview.conflicts.slice(0, 20))}`,
    );
  const { body: accepted } = await call<RestructuringJob>(
    api,
    'POST',
    '/api/v1/restructurings',
    plan,
  );
  const job = await awaitRestructuring(api, accepted.id, progress);
  const count = (op: string) => preview.summary[op] ?? 0;
  return {
    established: count('establish'),
    merged: count('merge'),
    dissolved: count('dissolve'),
    moved: count('move-child'),
    job,
    preview,
  };
}

// npm run bench: measures the platform as it runs (`npm start`'s processes, real Kafka and
// store): command-to-read-model latency of units, and command throughput. Prints a table and
// writes bench-results.json. Speed is measured here, never asserted in tests.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { mintDevToken } from '../auth/dev-keys.ts';
import { down, up } from '../infra/chain.ts';
import { repoRoot } from '../infra/paths.ts';
import { startPlatform } from '../platform.ts';
import { admissions, type Load } from './admissions.ts';
import { trainingFigures } from './training-figures.ts';
import { cadreImport } from './cadre-import.ts';
import { figuresCatchUp } from './figures.ts';
import { memberImport } from './member-import.ts';
import { printReport } from './report.ts';

const ROOT = '00000000-0000-4000-8000-000000000001';

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function post(
  url: string,
  token: string,
  body: unknown,
): Promise<{ id: string; version: number }> {
  const response = await fetch(`${url}/api/v1/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 201)
    throw new Error(`POST answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as { id: string; version: number };
}

async function readAt(url: string, token: string, id: string, version: number): Promise<void> {
  const response = await fetch(`${url}/api/v1/units/${id}?minVersion=${version}&waitMs=10000`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`GET answered ${response.status}`);
}

/** POST a unit, then GET it waiting for its version: what a client sees end to end. */
async function latency(url: string, token: string, parentId: string, count: number) {
  const commandMs: number[] = [];
  const endToEndMs: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t0 = performance.now();
    const { id, version } = await post(url, token, {
      name: `Chi hội đo ${i}`,
      kind: 'branch',
      parentId,
    });
    const t1 = performance.now();
    await readAt(url, token, id, version);
    commandMs.push(t1 - t0);
    endToEndMs.push(performance.now() - t0);
  }
  const summary = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return {
      p50: percentile(sorted, 50),
      p90: percentile(sorted, 90),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? NaN,
    };
  };
  return { count, command: summary(commandMs), commandToReadModel: summary(endToEndMs) };
}

/** Commands per second with `concurrency` clients writing under one parent. */
async function throughput({ url, token, parentId, count, concurrency }: Load) {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = (next += 1);
        await post(url, token, { name: `Tổ đo ${i}`, kind: 'group', parentId });
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { count, concurrency, seconds, perSecond: count / seconds };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '300' },
      'import-rows': { type: 'string', default: '100000' },
      'cadre-rows': { type: 'string', default: '20000' },
    },
  });
  const count = Number(values.count);
  const importRows = Number(values['import-rows']);
  const cadreRows = Number(values['cadre-rows']);
  const t0 = performance.now();
  const { env, components } = await up('bench');
  const t1 = performance.now();
  const platform = await startPlatform({
    infra: env,
    gatewayPort: 3800,
    namespace: `bench${Date.now()}_`,
    log: () => undefined,
  });
  // What `npm start` spends before it prints the gateway: the infrastructure, then the build and
  // every service ready.
  const start = {
    infra: components.map((c) => `${c.component} ${c.how}`).join(', '),
    infraSeconds: (t1 - t0) / 1000,
    servicesSeconds: (performance.now() - t1) / 1000,
  };
  try {
    const token = await mintDevToken({ unit: ROOT, roles: ['admin'], sub: 'bench' });
    const ward = await post(platform.gatewayUrl, token, {
      name: `Hội LHPN phường đo ${Date.now()}`,
      kind: 'grassroots',
      parentId: ROOT,
    });
    await readAt(platform.gatewayUrl, token, ward.id, 1);
    const results = {
      node: process.version,
      start,
      unitsLatency: await latency(platform.gatewayUrl, token, ward.id, count),
    };
    const branch = await post(platform.gatewayUrl, token, {
      name: 'Chi hội đo tải',
      kind: 'branch',
      parentId: ward.id,
    });
    const report = {
      ...results,
      unitsThroughput: await throughput({
        url: platform.gatewayUrl,
        token,
        parentId: branch.id,
        count,
        concurrency: 8,
      }),
      membersThroughput: await admissions({
        url: platform.gatewayUrl,
        token,
        parentId: branch.id,
        count,
        concurrency: 8,
      }),
    };
    // The probe admission and `count` more, all under the ward; then the import.
    const figures = await figuresCatchUp(platform.gatewayUrl, token, ward.id, count + 1);
    // Before the imports: their figures drain for minutes, and this is one completion's time.
    const training = await trainingFigures(platform.gatewayUrl, token, ROOT);
    const withImport = {
      ...report,
      membershipFigures: figures,
      trainingFigures: training,
      memberImport: await memberImport(platform.gatewayUrl, token, ward.id, importRows),
      cadreImport: await cadreImport(platform.gatewayUrl, token, ROOT, cadreRows),
    };
    writeFileSync(join(repoRoot, 'bench-results.json'), JSON.stringify(withImport, null, 2) + '\n');
    printReport(withImport);
  } finally {
    await platform.stop();
    await down('bench');
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);

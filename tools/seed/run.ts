// npm run seed -- --scale hanoi: demo data through the public API, on a running platform
// (`npm start`). Uploads the 2019 structure of a city as one import file, waits for the job, then
// its cadres as one cadre import, then applies the reform of 1 July 2025. Prints what it did and
// how long each step took.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { mintDevToken } from '../auth/dev-keys.ts';
import { call, type Api } from './client.ts';
import { CADRE_COLUMNS, cadreRows, importCadres, unitsOf } from './cadres.ts';
import { awaitJob, sheetFile, structureFile, upload, type FileFormat } from './import.ts';
import { applyReform } from './reform.ts';
import { SCALES, structure2019 } from './structure.ts';

const ROOT_UNIT_ID = process.env['ROOT_UNIT_ID'] || '00000000-0000-4000-8000-000000000001';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'small' },
    url: { type: 'string', default: process.env['GATEWAY_URL'] || 'http://127.0.0.1:3000' },
    format: { type: 'string', default: 'xlsx' },
    out: { type: 'string' },
    'no-reform': { type: 'boolean', default: false },
    'no-cadres': { type: 'boolean', default: false },
  },
});

const scale = SCALES[values.scale];
const format = values.format as FileFormat;
if (!scale || (format !== 'csv' && format !== 'xlsx')) {
  console.error(
    `usage: npm run seed -- --scale ${Object.keys(SCALES).join('|')} [--format xlsx|csv] [--url URL] [--out FILE] [--no-cadres] [--no-reform]`,
  );
  process.exit(2);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const token = await mintDevToken({ unit: ROOT_UNIT_ID, roles: ['admin'], sub: 'seed', ttl: '2h' });
const api: Api = { url: values.url, token };

const rows = structure2019(scale);
const content = await structureFile(rows, format);
if (values.out) writeFileSync(values.out, content);
console.log(
  `Cơ cấu 2019 — the 2019 structure: ${rows.length} units, ${(content.length / 1024).toFixed(0)} kB ${format}`,
);

let t0 = performance.now();
const accepted = await upload(api, content, format, `seed-${values.scale}-2019.${format}`);
if (accepted.status >= 400) {
  console.error(JSON.stringify(accepted.body, null, 2).slice(0, 4000));
  process.exit(1);
}
console.log(`  accepted (validated) in ${seconds(t0)}: job ${String(accepted.body['id'])}`);
let shown = -10;
const job = await awaitJob(api, String(accepted.body['id']), ({ percent }) => {
  if (percent - shown < 10 && percent !== 100) return;
  console.log(`  ${percent}%`);
  shown = percent;
});
if (job.status !== 'completed') {
  console.error(`the import stopped: ${JSON.stringify(job.failure)}`);
  process.exit(1);
}
console.log(`  imported ${job.total} units in ${seconds(t0)}`);

if (!values['no-cadres']) {
  t0 = performance.now();
  const { grassroots, branches } = await unitsOf(api, ROOT_UNIT_ID, scale);
  const cadres = cadreRows(grassroots, branches);
  const file = await sheetFile('Cán bộ', CADRE_COLUMNS, cadres, format);
  console.log(
    `Cán bộ — the cadres: ${cadres.length} (a chairwoman and a vice-chair per grassroots union, a head per branch), ${(file.length / 1024).toFixed(0)} kB ${format}`,
  );
  shown = -10;
  const imported = await importCadres(api, file, format, ({ percent }) => {
    if (percent - shown < 10 && percent !== 100) return;
    console.log(`  ${percent}%`);
    shown = percent;
  });
  if (imported.status !== 'completed') {
    console.error(`the cadre import stopped: ${JSON.stringify(imported.errors)}`);
    process.exit(1);
  }
  console.log(`  registered ${imported.registered} cadres in ${seconds(t0)}`);
}

if (!values['no-reform']) {
  t0 = performance.now();
  console.log('Sắp xếp 1/7/2025 — the reform of 1 July 2025 …');
  shown = -10;
  const result = await applyReform(api, ROOT_UNIT_ID, scale, ({ percent }) => {
    if (percent - shown < 10 && percent !== 100) return;
    console.log(`  ${percent}%`);
    shown = percent;
  });
  if (result.job.status !== 'completed') {
    console.error(`the reform stopped: ${JSON.stringify(result.job.failure)}`);
    process.exit(1);
  }
  console.log(
    `  ${result.established} communes established, ${result.merged} merged, ${result.dissolved} districts dissolved, ${result.moved} units moved, in ${seconds(t0)}`,
  );
}

// The city-level tree query a dashboard opens with: the city's children with their rolled-up
// counts (first page), as of a date before and after the reform.
const timings: number[] = [];
for (let i = 0; i < 40; i += 1) {
  const asOf = i % 2 === 0 ? '2025-06-30' : '2025-07-01';
  const t = performance.now();
  await call(api, 'GET', `/api/v1/units/${ROOT_UNIT_ID}/children?asOf=${asOf}&limit=50`);
  timings.push(performance.now() - t);
}
timings.sort((a, b) => a - b);
const at = (p: number) =>
  (timings[Math.min(timings.length - 1, Math.floor(p * timings.length))] ?? 0).toFixed(0);
console.log(
  `Cây cấp thành phố — city tree page with counts: p50 ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (40 queries)`,
);

// Step 1 of the seed: the 2019 structure as one XLSX (or CSV) upload, then the job to its end.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { call, sleep, type Api } from './client.ts';
import { STRUCTURE_COLUMNS, type StructureRow } from './structure.ts';

export type FileFormat = 'csv' | 'xlsx';

const MEDIA: Record<FileFormat, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ImportJob {
  id: string;
  status: 'running' | 'completed' | 'failed';
  total: number;
  done: number;
  percent: number;
  failure?: unknown;
}

export async function structureFile(rows: readonly StructureRow[], format: FileFormat) {
  if (format === 'csv') return Buffer.from(stringify([STRUCTURE_COLUMNS, ...rows], { bom: true }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Cơ cấu tổ chức');
  sheet.addRow(STRUCTURE_COLUMNS);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads the file; the job as the API first answers it (202 running, or 200 if done before). */
export async function upload(api: Api, content: Buffer, format: FileFormat, fileName: string) {
  const response = await fetch(
    `${api.url}/api/v1/unit-imports?fileName=${encodeURIComponent(fileName)}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${api.token}`, 'content-type': MEDIA[format] },
      body: new Uint8Array(content),
    },
  );
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

/** Polls the job until it ends; `progress` sees every answer (percent done). */
export async function awaitJob(
  api: Api,
  id: string,
  progress: (job: ImportJob) => void = () => undefined,
): Promise<ImportJob> {
  for (;;) {
    const { body: job } = await call<ImportJob>(api, 'GET', `/api/v1/unit-imports/${id}`);
    progress(job);
    if (job.status !== 'running') return job;
    await sleep(500);
  }
}

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
  /** Units imported (a unit import); a cadre import counts `registered`. */
  done?: number;
  registered?: number;
  percent: number;
  failure?: unknown;
  errors?: unknown[];
}

/** The unit import's route; the cadre import is another job of the same shape. */
const UNIT_IMPORTS = '/api/v1/unit-imports';

export function structureFile(rows: readonly StructureRow[], format: FileFormat) {
  return sheetFile('Cơ cấu tổ chức', STRUCTURE_COLUMNS, rows, format);
}

/** A sheet of an import: its header, then the rows, as CSV (with a BOM) or XLSX. */
export async function sheetFile(
  sheetName: string,
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  format: FileFormat,
) {
  if (format === 'csv') return Buffer.from(stringify([columns, ...rows], { bom: true }));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow([...columns]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Uploads the file; the job as the API first answers it (202 running, or 200 if done before). */
export function upload(api: Api, content: Buffer, format: FileFormat, fileName: string) {
  return uploadTo(api, UNIT_IMPORTS, { content, format, fileName });
}

/** Uploads a file to an import job's route (unit imports, cadre imports). */
export async function uploadTo(
  api: Api,
  route: string,
  { content, format, fileName }: { content: Buffer; format: FileFormat; fileName: string },
) {
  const response = await fetch(`${api.url}${route}?fileName=${encodeURIComponent(fileName)}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${api.token}`, 'content-type': MEDIA[format] },
    body: new Uint8Array(content),
  });
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

/** Polls the job until it ends; `progress` sees every answer (percent done). */
export async function awaitJob(
  api: Api,
  id: string,
  progress: (job: ImportJob) => void = () => undefined,
  route = UNIT_IMPORTS,
): Promise<ImportJob> {
  for (;;) {
    const { body: job } = await call<ImportJob>(api, 'GET', `${route}/${id}`);
    progress(job);
    if (job.status !== 'running') return job;
    await sleep(500);
  }
}

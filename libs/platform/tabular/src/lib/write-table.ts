import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { TableFormat } from './table';

/** A sheet to write: a header and rows of text or numbers. */
export interface TableToWrite {
  readonly sheetName: string;
  readonly columns: readonly string[];
  readonly rows: Iterable<readonly (string | number)[]>;
}

/** Writes a table as an XLSX workbook of one sheet (header bold and frozen) or as UTF-8 CSV. */
export async function writeTable(table: TableToWrite, format: TableFormat): Promise<Buffer> {
  if (format === 'csv') {
    // With a BOM, so that Excel opens Vietnamese text as UTF-8.
    const text = stringify([table.columns, ...table.rows], { bom: true });
    return Buffer.from(text, 'utf8');
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...table.columns]).font = { bold: true };
  for (const row of table.rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

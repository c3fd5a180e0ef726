import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { UnreadableTableError, type Table, type TableFormat, type TableRow } from './table';

export interface ReadTableOptions {
  /** More data rows than this and the file is refused before it is looked at further. */
  readonly maxRows: number;
}

/** Reads the first sheet of a workbook, or a CSV file, as text cells under a header row. */
export async function readTable(
  content: Buffer,
  format: TableFormat,
  options: ReadTableOptions,
): Promise<Table> {
  const lines = format === 'csv' ? readCsv(content) : await readXlsx(content);
  const [header, ...data] = lines;
  if (!header || header.cells.every((cell) => cell === ''))
    throw new UnreadableTableError('the first row must name the columns');
  const rows = data.filter((line) => line.cells.some((cell) => cell !== ''));
  if (rows.length > options.maxRows)
    throw new UnreadableTableError(`at most ${options.maxRows} rows per file`);
  return { columns: header.cells, rows };
}

/** The delimiter of the header line: Excel writes ';' where ',' is the decimal separator. */
function delimiterOf(content: Buffer): string {
  const firstLine = content.subarray(0, 4096).toString('utf8').split(/\r?\n/, 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(content: Buffer): TableRow[] {
  try {
    const records: string[][] = parse(content, {
      bom: true,
      delimiter: delimiterOf(content),
      relax_column_count: true,
      trim: true,
      skip_empty_lines: false,
    });
    return records.map((cells, index) => ({ row: index + 1, cells }));
  } catch (error) {
    // csv-parse's messages may quote a cell (`value is "…"`): a cell may be personal data.
    const { code, lines } = (error ?? {}) as { code?: unknown; lines?: unknown };
    const where = typeof lines === 'number' ? ` near line ${lines}` : '';
    const what = typeof code === 'string' ? code : 'unreadable';
    throw new UnreadableTableError(`not a readable CSV file: ${what}${where}`);
  }
}

async function readXlsx(content: Buffer): Promise<TableRow[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableTableError('not a readable XLSX workbook');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableTableError('the workbook has no sheet');
  const lines: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    lines.push({ row: rowNumber, cells: Array.from(cells, (cell) => cell ?? '') });
  });
  // The header is the first row of the sheet, wherever the data begins.
  return lines[0]?.row === 1 ? lines : [{ row: 1, cells: [] }, ...lines];
}

/** A cell as the user sees it, as text: a date as YYYY-MM-DD, a formula by its result. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value).trim();
  return compositeText(value);
}

function compositeText(value: object): string {
  if ('richText' in value)
    return (value as ExcelJS.CellRichTextValue).richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return '';
}

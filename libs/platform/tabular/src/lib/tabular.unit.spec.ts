import ExcelJS from 'exceljs';
import { readTable } from './read-table';
import { tableFormatOf, UnreadableTableError } from './table';
import { writeTable } from './write-table';

const limits = { maxRows: 100 };

describe('readTable: CSV', () => {
  it('reads UTF-8 with a BOM, quoted cells and line breaks, by spreadsheet row number', async () => {
    const csv =
      '\uFEFFmã,tên\r\nA1,"Chi hội tổ dân phố 5, phường Kim Mã"\r\n\r\nA2,"Tổ 3\ndòng hai"\r\n';
    const table = await readTable(Buffer.from(csv), 'csv', limits);
    expect(table.columns).toEqual(['mã', 'tên']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A1', 'Chi hội tổ dân phố 5, phường Kim Mã'] },
      { row: 4, cells: ['A2', 'Tổ 3\ndòng hai'] },
    ]);
  });

  it('takes the delimiter from the header line (Excel writes ; in Vietnamese locales)', async () => {
    const table = await readTable(Buffer.from('code;name\nA1;Hội, phường\n'), 'csv', limits);
    expect(table.rows[0]?.cells).toEqual(['A1', 'Hội, phường']);
  });

  it('refuses a file that is not CSV, without a header, or with too many rows', async () => {
    await expect(readTable(Buffer.from('a,"b\n1,2'), 'csv', limits)).rejects.toThrow(
      UnreadableTableError,
    );
    await expect(readTable(Buffer.from('\n\n'), 'csv', limits)).rejects.toThrow(
      'the first row must name the columns',
    );
    const many = ['code', ...Array.from({ length: 101 }, (_, i) => `U${i}`)].join('\n');
    await expect(readTable(Buffer.from(many), 'csv', limits)).rejects.toThrow('at most 100 rows');
  });
  it('never quotes a cell when a CSV file cannot be read (a cell may be personal data)', async () => {
    const csv = 'name,cccd\nNguyễn Thị "Lan" 001190012345,x\n';
    const error = await readTable(Buffer.from(csv), 'csv', limits).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableTableError);
    expect((error as Error).message).toMatch(/^not a readable CSV file: [A-Z_]+ near line 2$/);
    expect((error as Error).message).not.toContain('001190012345');
  });
});

describe('readTable: XLSX', () => {
  it('reads back what writeTable wrote, Vietnamese text and numbers as text', async () => {
    const content = await writeTable(
      {
        sheetName: 'Đơn vị',
        columns: ['mã', 'tên', 'số'],
        rows: [['A1', 'Hội LHPN phường Kim Mã', 42]],
      },
      'xlsx',
    );
    const table = await readTable(content, 'xlsx', limits);
    expect(table).toEqual({
      columns: ['mã', 'tên', 'số'],
      rows: [{ row: 2, cells: ['A1', 'Hội LHPN phường Kim Mã', '42'] }],
    });
  });

  it('writes dates as YYYY-MM-DD, formulas by their result, and keeps empty cells', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('x');
    sheet.addRow(['code', 'on', 'sum', 'note']);
    sheet.addRow(['A1', new Date(Date.UTC(2025, 6, 1)), { formula: '1+1', result: 2 }, '']);
    sheet.addRow([]);
    sheet.addRow(['A2', null, null, { richText: [{ text: 'in ' }, { text: 'đậm' }] }]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const table = await readTable(content, 'xlsx', limits);
    expect(table.rows).toEqual([
      { row: 2, cells: ['A1', '2025-07-01', '2', ''] },
      { row: 4, cells: ['A2', '', '', 'in đậm'] },
    ]);
  });

  it('refuses a file that is not a workbook', async () => {
    await expect(readTable(Buffer.from('code\nA1\n'), 'xlsx', limits)).rejects.toThrow(
      'not a readable XLSX workbook',
    );
  });
});

describe('writeTable: CSV', () => {
  it('writes a BOM and quotes what needs quoting, and reads back the same', async () => {
    const content = await writeTable(
      { sheetName: 'x', columns: ['code', 'name'], rows: [['A1', 'Tổ 3, "mới"']] },
      'csv',
    );
    expect(content.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const table = await readTable(content, 'csv', limits);
    expect(table.rows[0]?.cells).toEqual(['A1', 'Tổ 3, "mới"']);
  });
});

describe('tableFormatOf', () => {
  it('knows the two media types, parameters and case aside', () => {
    expect(tableFormatOf('text/csv; charset=utf-8')).toBe('csv');
    expect(tableFormatOf('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')).toBe(
      'xlsx',
    );
    expect(tableFormatOf('application/json')).toBeUndefined();
    expect(tableFormatOf(undefined)).toBeUndefined();
  });
});

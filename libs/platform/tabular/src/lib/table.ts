/** The spreadsheet formats the union's staff upload and download. */
export const TABLE_FORMATS = ['csv', 'xlsx'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export const TABLE_MEDIA_TYPES: Readonly<Record<TableFormat, string>> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** One data row: its number as the spreadsheet shows it (the header is row 1), cells as text. */
export interface TableRow {
  readonly row: number;
  readonly cells: readonly string[];
}

/**
 * A sheet read as text: the header's column names and the non-empty data rows. Cells are trimmed
 * strings; a date cell of a workbook is written YYYY-MM-DD; an empty cell is ''.
 */
export interface Table {
  readonly columns: readonly string[];
  readonly rows: readonly TableRow[];
}

/** A file that is not a readable table at all (before any row is looked at). */
export class UnreadableTableError extends Error {
  readonly code = 'table.unreadable';

  constructor(reason: string) {
    super(reason);
    this.name = 'UnreadableTableError';
  }
}

/** Whether the media type (parameters ignored) names a table format, and which. */
export function tableFormatOf(mediaType: string | undefined): TableFormat | undefined {
  const type = mediaType?.split(';')[0]?.trim().toLowerCase();
  return TABLE_FORMATS.find((format) => TABLE_MEDIA_TYPES[format] === type);
}

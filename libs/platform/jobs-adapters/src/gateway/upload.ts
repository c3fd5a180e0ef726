import { ProblemError, readBody, UnsupportedMediaTypeError } from '@vwu/platform-http';
import { tableFormatOf, TABLE_MEDIA_TYPES, type TableFormat } from '@vwu/platform-tabular';
import type { Request } from 'express';

/** An uploaded spreadsheet: its format from the Content-Type, the bytes as they came. */
export interface Upload {
  readonly format: TableFormat;
  readonly content: Buffer;
}

/** The media types of a route that takes a sheet: `@AcceptsBody({ mediaTypes: SHEET_MEDIA_TYPES })`. */
export const SHEET_MEDIA_TYPES: readonly string[] = Object.values(TABLE_MEDIA_TYPES);

/**
 * Reads a request body that is a CSV or XLSX file (RequestBodyGuard leaves those media types to
 * the handler): 415 for another media type, 413 past `maxBytes`, 400 for an empty body.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const format = tableFormatOf(request.headers['content-type']);
  if (!format) throw new UnsupportedMediaTypeError(SHEET_MEDIA_TYPES);
  const content = await readBody(request, maxBytes, SHEET_MEDIA_TYPES);
  if (content.length === 0)
    throw new ProblemError(
      400,
      'upload.empty',
      'Tệp gửi lên không có nội dung — the request body is empty',
    );
  return { format, content };
}

import { ProblemError } from '@vwu/platform-http';
import { tableFormatOf, TABLE_MEDIA_TYPES, type TableFormat } from '@vwu/platform-tabular';
import type { Request } from 'express';

/** An uploaded spreadsheet: its format from the Content-Type, the bytes as they came. */
export interface Upload {
  readonly format: TableFormat;
  readonly content: Buffer;
}

/**
 * Reads a request body that is a CSV or XLSX file (the JSON body parser leaves those media types
 * alone): 415 for another media type, 413 past `maxBytes`, 400 for an empty body.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  const format = tableFormatOf(request.headers['content-type']);
  if (!format)
    throw new ProblemError(
      415,
      'upload.unsupported-media-type',
      `send the file as ${Object.values(TABLE_MEDIA_TYPES).join(' or ')}`,
    );
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  if (size === 0) throw new ProblemError(400, 'upload.empty', 'the request body is empty');
  return { format, content: Buffer.concat(chunks) };
}

function tooLarge(maxBytes: number): ProblemError {
  const mb = Math.round(maxBytes / 1_048_576);
  return new ProblemError(
    413,
    'upload.too-large',
    `a file is at most ${mb} MB — tệp tối đa ${mb} MB`,
  );
}

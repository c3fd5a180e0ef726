import type { IncomingMessage } from 'node:http';
import { ProblemError } from '../problem/problem';

/** A size for people: `1 MB`, `512 kB`, `300 bytes`. */
export function byteSize(bytes: number): string {
  if (bytes >= 1_048_576 && bytes % 1_048_576 === 0) return `${bytes / 1_048_576} MB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} kB`;
  return `${bytes} bytes`;
}

/** 413 http.content-too-large, with the limit. */
export class ContentTooLargeError extends ProblemError {
  constructor(readonly maxBytes: number) {
    const size = byteSize(maxBytes);
    super(
      413,
      'http.content-too-large',
      `Dữ liệu gửi lên vượt quá giới hạn ${size} — the request body is larger than the limit of ${size} (${maxBytes} bytes)`,
    );
    this.name = 'ContentTooLargeError';
  }
}

/** 415 http.unsupported-media-type, naming the media types the route takes. */
export class UnsupportedMediaTypeError extends ProblemError {
  constructor(
    readonly accepted: readonly string[],
    why = '',
  ) {
    const list = accepted.join(', ');
    super(
      415,
      'http.unsupported-media-type',
      `Chỉ nhận dữ liệu dạng ${list}${why} — send the body as ${list}${why}`,
    );
    this.name = 'UnsupportedMediaTypeError';
  }
}

/** The media type of a Content-Type header, lower case, without parameters. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  return contentType?.split(';')[0]?.trim().toLowerCase() || undefined;
}

/** Whether the request carries a body: chunked, or a Content-Length above 0. */
export function hasBody(request: IncomingMessage): boolean {
  return (
    request.headers['transfer-encoding'] !== undefined ||
    Number(request.headers['content-length'] ?? 0) > 0
  );
}

/**
 * The request body's bytes, at most `maxBytes` (413 past it, without reading more than the limit:
 * the rest is drained and dropped, so the client still gets the answer). Bodies are not
 * compressed: a Content-Encoding other than identity is a 415.
 */
export function readBody(
  request: IncomingMessage,
  maxBytes: number,
  accepted: readonly string[],
): Promise<Buffer> {
  const encoding = request.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') {
    request.resume();
    return Promise.reject(
      new UnsupportedMediaTypeError(accepted, ', uncompressed (no Content-Encoding)'),
    );
  }
  if (Number(request.headers['content-length'] ?? 0) > maxBytes) {
    request.resume();
    return Promise.reject(new ContentTooLargeError(maxBytes));
  }
  if (request.readableEnded)
    return Promise.reject(
      new Error('the request body was read before: create the Nest app with bodyParser: false'),
    );
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (): void => {
      request.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks.push(chunk);
      done();
      request.resume();
      reject(new ContentTooLargeError(maxBytes));
    };
    const onEnd = (): void => {
      done();
      resolve(Buffer.concat(chunks));
    };
    const onError = (): void => {
      done();
      reject(
        new ProblemError(
          400,
          'http.bad-request',
          'Không đọc được dữ liệu gửi lên — the request body could not be read (the connection broke)',
        ),
      );
    };
    const onClose = onError;
    request.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}

import {
  Inject,
  Injectable,
  SetMetadata,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingMessage } from 'node:http';
import { ProblemError } from '../problem/problem';
import { locateJsonSyntaxError } from './json-syntax';
import { hasBody, mediaTypeOf, readBody, UnsupportedMediaTypeError } from './read-body';

export const JSON_MEDIA_TYPE = 'application/json';

/** What a route takes as its body; the default is JSON only, up to the module's limit. */
export interface AcceptedBody {
  /**
   * The media types it takes. A JSON body is read and parsed before the handler runs (as
   * `request.body`); a body of another type is left unread for the handler (a CSV upload).
   */
  readonly mediaTypes?: readonly string[];
  /** The largest JSON body, in bytes, if not the module's `jsonMaxBytes`. */
  readonly jsonMaxBytes?: number;
}

export const ACCEPTED_BODY = 'vwu:accepted-body';
export const REQUEST_BODY_OPTIONS = Symbol('REQUEST_BODY_OPTIONS');

export interface RequestBodyOptions {
  /** The largest JSON body of a route that does not say otherwise. */
  readonly jsonMaxBytes: number;
}

/** `@AcceptsBody({ mediaTypes: ['text/csv'] })` on a handler or a controller. */
export const AcceptsBody = (accepted: AcceptedBody) => SetMetadata(ACCEPTED_BODY, accepted);

/** Only commands carry a body; one sent with a GET or a DELETE is ignored. */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);
const UTF8 = new Set(['utf-8', 'utf8']);

interface BodyRequest extends IncomingMessage {
  body?: unknown;
}

/** A malformed JSON body: where, and what the grammar expected there (never what was sent). */
function malformedJson(text: string): ProblemError {
  const where = locateJsonSyntaxError(text);
  const position = where
    ? ` ở dòng ${where.line}, cột ${where.column} — malformed JSON at line ${where.line}, column ${where.column} (character ${where.offset}): ${where.expected}`
    : ' — malformed JSON';
  return new ProblemError(400, 'http.bad-request', `Dữ liệu JSON không hợp lệ${position}`);
}

/**
 * The body of every command, for every route at once: its media type (415 when the route does not
 * take it), its size (413 past the limit) and, for JSON, its syntax (400 with the line and column).
 * It runs as a guard, after authentication: a caller without a valid token learns nothing about
 * bodies. Nest's own body parser must be off (`NestFactory.create(module, { bodyParser: false })`).
 */
@Injectable()
export class RequestBodyGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(REQUEST_BODY_OPTIONS) private readonly options: RequestBodyOptions,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<BodyRequest>();
    if (!BODY_METHODS.has(String(request.method)) || !hasBody(request)) return true;
    const accepted: AcceptedBody =
      this.reflector.getAllAndOverride<AcceptedBody | undefined>(ACCEPTED_BODY, [
        context.getHandler(),
        context.getClass(),
      ]) ?? {};
    const { mediaTypes = [JSON_MEDIA_TYPE], jsonMaxBytes = this.options.jsonMaxBytes } = accepted;
    // A body of another accepted type (a CSV file) stays in the stream for the handler.
    if (acceptedType(request, mediaTypes) !== JSON_MEDIA_TYPE) return true;
    const text = (await readBody(request, jsonMaxBytes, mediaTypes)).toString('utf8');
    request.body = parseJson(text.replace(/^\uFEFF/, ''));
    return true;
  }
}

/** The charset of a Content-Type header, lower case; undefined when it names none. */
function charsetOf(contentType: string | undefined): string | undefined {
  return /;\s*charset="?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
}

/** The request's media type if the route takes it (JSON only in UTF-8); 415 otherwise. */
function acceptedType(request: IncomingMessage, mediaTypes: readonly string[]): string {
  const type = mediaTypeOf(request.headers['content-type']);
  const charset = charsetOf(request.headers['content-type']) ?? 'utf-8';
  const json = type === JSON_MEDIA_TYPE;
  if (type && mediaTypes.includes(type) && (!json || UTF8.has(charset))) return type;
  // Dropped unread: the client still gets the answer.
  request.resume();
  throw new UnsupportedMediaTypeError(mediaTypes, json ? ' in UTF-8' : '');
}

/** A JSON body; an empty one is `{}`, as Express's parser had it. */
function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw malformedJson(text);
  }
}

import {
  Controller,
  HttpCode,
  Req,
  RequestMapping,
  RequestMethod,
  Res,
  StreamableFile,
  type Type,
} from '@nestjs/common';
import type { FileAnswer, Operation } from '@vwu/internal-api';
import {
  AuthenticationError,
  isPermission,
  RequirePermissions,
  type AuthenticatedRequest,
} from '@vwu/platform-auth';
import type { Response } from 'express';
import { callContextOf } from '../call-context';
import { OperationCalls } from './operation-calls';

const METHODS = {
  get: RequestMethod.GET,
  post: RequestMethod.POST,
  put: RequestMethod.PUT,
  patch: RequestMethod.PATCH,
  delete: RequestMethod.DELETE,
} as const;

/** `/api/v1/members/{id}` as Nest routes it: `api/v1/members/:id`. */
export function routePath(path: string): string {
  return path.replace(/^\//, '').replace(/\{(\w+)\}/g, ':$1');
}

/** The HTTP request as the handler reads it: the auth guard has put the principal on it. */
interface Request extends AuthenticatedRequest {
  readonly params: Record<string, string>;
  readonly query: unknown;
  readonly body: unknown;
}

type Handler = (
  this: { readonly calls: OperationCalls },
  request: Request,
  response: Response,
) => Promise<unknown>;

function handlerOf(operation: Operation): Handler {
  return async function (request, response) {
    const { params, query, body, principal } = request;
    if (!principal) throw new AuthenticationError('auth.missing-token');
    const call = callContextOf(request);
    const answer = await this.calls.run(operation, { params, query, body, principal, call });
    if (answer.location) response.location(answer.location);
    const { file } = operation.response;
    return file ? attachment(file, answer.result as FileAnswer, response) : answer.result;
  };
}

/** A file answer as an attachment; personal data, so no copy in a browser's or a proxy's cache. */
function attachment(type: string, file: FileAnswer, response: Response): StreamableFile {
  response.setHeader('cache-control', 'no-store');
  const disposition = `attachment; filename="${file.fileName}"`;
  return new StreamableFile(Buffer.from(file.content, 'base64'), { type, disposition });
}

/** The permissions, as the auth guard knows them: a misspelt one fails at start, not at a call. */
function permissionsOf(operation: Operation) {
  return operation.permissions.map((permission) => {
    if (isPermission(permission)) return permission;
    throw new Error(`${operation.operationId}: unknown permission ${permission}`);
  });
}

/**
 * A Nest controller with one route per declared operation: method and path, status, required
 * permissions, all from the declaration. Nothing is written per route.
 */
export function operationsController(name: string, operations: readonly Operation[]): Type {
  class OperationsController {
    constructor(readonly calls: OperationCalls) {}
  }
  Object.defineProperty(OperationsController, 'name', { value: name });
  for (const operation of operations) {
    const key = operation.operationId;
    Object.defineProperty(OperationsController.prototype, key, { value: handlerOf(operation) });
    const descriptor = Object.getOwnPropertyDescriptor(OperationsController.prototype, key)!;
    const route = { path: routePath(operation.path), method: METHODS[operation.method] };
    for (const decorate of [
      RequestMapping(route),
      HttpCode(operation.response.status),
      RequirePermissions(...permissionsOf(operation)),
    ])
      decorate(OperationsController.prototype, key, descriptor);
    Req()(OperationsController.prototype, key, 0);
    Res({ passthrough: true })(OperationsController.prototype, key, 1);
  }
  Reflect.defineMetadata('design:paramtypes', [OperationCalls], OperationsController);
  Controller()(OperationsController);
  return OperationsController;
}

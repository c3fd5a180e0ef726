import { BadRequestException, NotFoundException, PayloadTooLargeException } from '@nestjs/common';
import { AuthenticationError, PermissionDeniedError } from '@vwu/platform-auth';
import { DomainError } from '@vwu/platform-decider';
import { ConcurrencyConflictError } from '@vwu/platform-event-sourcing';
import { ProblemError as UseCaseProblem } from '@vwu/platform-problems';
import { z } from 'zod';
import { ProblemError } from './problem';
import { toProblem } from './to-problem';

class UnitNotFound extends DomainError {
  readonly code = 'organisation.unit-not-found';
  readonly kind = 'not-found';
}
class UnitNameTaken extends DomainError {
  readonly code = 'organisation.unit-name-taken';
  readonly kind = 'conflict';
}
class BranchTooSmall extends DomainError {
  readonly code = 'organisation.branch-too-small';
  readonly kind = 'invalid';
}
class MergeForbidden extends DomainError {
  readonly code = 'organisation.merge-forbidden';
  readonly kind = 'forbidden';
}

describe('toProblem', () => {
  it.each([
    [new BranchTooSmall('Chi hội cần ít nhất 3 hội viên'), 422, 'organisation.branch-too-small'],
    [new UnitNotFound('Không tìm thấy đơn vị'), 404, 'organisation.unit-not-found'],
    [new UnitNameTaken('Tên đã được dùng'), 409, 'organisation.unit-name-taken'],
    [new MergeForbidden('Không được sáp nhập'), 403, 'organisation.merge-forbidden'],
  ])('maps a DomainError by its kind, keeping its code and message', (error, status, code) => {
    expect(toProblem(error)).toEqual({
      type: `https://vwu.vn/problems/${code}`,
      title: expect.stringMatching(/ — /) as string,
      status,
      detail: error.message,
      code,
    });
  });

  it('titles problems in Vietnamese first, then English', () => {
    expect(toProblem(new BranchTooSmall('x')).title).toBe('Dữ liệu không hợp lệ — Invalid input');
    expect(toProblem(new UnitNotFound('x')).title).toBe('Không tìm thấy — Not found');
  });

  it('maps a lost race to 409 concurrency-conflict, without the stream id', () => {
    const problem = toProblem(new ConcurrencyConflictError('unit-7f3a', 4));
    expect(problem).toMatchObject({ status: 409, code: 'concurrency-conflict' });
    expect(problem.detail).not.toContain('unit-7f3a');
  });

  it('maps authentication to 401 and a missing permission to 403', () => {
    expect(toProblem(new AuthenticationError('auth.expired-token'))).toMatchObject({
      status: 401,
      code: 'auth.expired-token',
      type: 'https://vwu.vn/problems/auth.expired-token',
    });
    expect(toProblem(new PermissionDeniedError())).toMatchObject({
      status: 403,
      code: 'auth.forbidden',
    });
  });

  it('keeps the field errors of an edge ProblemError', () => {
    const errors = [{ field: 'name', reason: 'Too small' }];
    expect(toProblem(new ProblemError(422, 'validation.invalid', 'bad', errors))).toMatchObject({
      status: 422,
      code: 'validation.invalid',
      errors,
    });
    expect(toProblem(new ProblemError(400, 'idempotency.invalid-key', 'bad'))).not.toHaveProperty(
      'errors',
    );
  });

  it('renders a problem a use case raised, byte for byte as one raised at the edge', () => {
    const errors = [{ field: 'rows', reason: 'trùng', row: 3, column: 'Tên' }];
    const raised = new UseCaseProblem(422, 'import.invalid-rows', 'Tệp có lỗi — 1 error', errors);
    expect(JSON.stringify(toProblem(raised))).toBe(
      JSON.stringify({
        type: 'https://vwu.vn/problems/import.invalid-rows',
        title: 'Dữ liệu không hợp lệ — Invalid input',
        status: 422,
        detail: 'Tệp có lỗi — 1 error',
        code: 'import.invalid-rows',
        errors,
      }),
    );
  });

  it('gives Nest HttpExceptions a generic code and detail, not their message', () => {
    const parse = new BadRequestException('Unexpected token s in JSON: "secret-cccd-0123"');
    expect(toProblem(parse)).toEqual(
      expect.objectContaining({ status: 400, code: 'http.bad-request' }),
    );
    expect(JSON.stringify(toProblem(parse))).not.toContain('secret');
    expect(toProblem(new NotFoundException('Cannot GET /x'))).toMatchObject({
      status: 404,
      code: 'http.not-found',
    });
    expect(toProblem(new PayloadTooLargeException())).toMatchObject({
      status: 413,
      code: 'http.content-too-large',
    });
  });

  it('says nothing about anything else: 500 internal', () => {
    const bare = z.object({ a: z.string() }).safeParse({ a: 1 }).error;
    for (const error of [
      new TypeError('cannot read x of undefined at db.ts'),
      bare,
      'oops',
      null,
    ]) {
      const problem = toProblem(error);
      expect(problem).toMatchObject({
        status: 500,
        code: 'internal',
        title: 'Lỗi hệ thống — Internal error',
      });
      expect(problem.detail).not.toMatch(/db\.ts|undefined|expected/);
    }
  });
});

import { type PipeTransform } from '@nestjs/common';
import { type z } from 'zod';
import { ProblemError, type FieldError } from '../problem/problem';

/** 422 'validation.invalid', listing every invalid field. */
export class RequestValidationError extends ProblemError {
  constructor(errors: readonly FieldError[]) {
    super(
      422,
      'validation.invalid',
      'Một số trường chưa hợp lệ — some fields are not valid',
      errors,
    );
    this.name = 'RequestValidationError';
  }
}

/**
 * Zod's issues as field errors. Zod's messages name the expected type, size or format, never the
 * value received (it keeps inputs out of issues unless told otherwise), so none is echoed back.
 */
export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.') || '(root)',
    reason: issue.message,
  }));
}

/** The request input parsed by the schema, or a RequestValidationError (422). */
export function parseBody<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new RequestValidationError(fieldErrors(result.error));
  return result.data;
}

/** `@Body(new ZodValidationPipe(admitMemberSchema)) body: AdmitMemberBody` */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.output<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.output<S> {
    return parseBody(this.schema, value);
  }
}

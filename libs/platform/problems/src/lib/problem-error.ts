/** One invalid field of a request: its path (`address.ward`, `members.2.name`) and why. */
export interface FieldError {
  readonly field: string;
  readonly reason: string;
  /** For an uploaded file: the spreadsheet row (the header is row 1) and the column's name. */
  readonly row?: number;
  readonly column?: string;
}

/**
 * An error that maps to one problem, its status and code chosen where it is raised: what only
 * the edge knows (validation, idempotency) and what a use case says about a request as a whole
 * (a file with errors in its rows, a job's plan). Business rules raise DomainError instead.
 * It names no transport: `@vwu/platform-http` renders it as problem+json, RPC carries that.
 */
export class ProblemError extends Error {
  /** Response headers that go with it (a subclass sets `Retry-After`). */
  readonly headers?: Readonly<Record<string, string>>;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: readonly FieldError[],
  ) {
    super(message);
    this.name = 'ProblemError';
  }
}

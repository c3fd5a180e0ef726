import { DomainError } from '@vwu/platform-decider';

// The service checks again on every command (defence in depth): platform-auth's rules.
export { authorise, principalOf } from '@vwu/platform-auth';

export class NameTakenError extends DomainError {
  readonly code = 'organisation.name-taken';
  readonly kind = 'conflict';
}

export class RootExistsError extends DomainError {
  readonly code = 'organisation.root-exists';
  readonly kind = 'conflict';
}

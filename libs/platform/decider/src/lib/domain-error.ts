/**
 * A broken business rule. `code` is stable and travels to the API as the problem+json `code`;
 * the message is for people and must not contain personal data.
 */
export abstract class DomainError extends Error {
  abstract readonly code: string;
  /** The HTTP status class this rule maps to at the gateway. */
  abstract readonly kind: 'invalid' | 'not-found' | 'conflict' | 'forbidden';

  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * Who acts and why, in a service: the principal its token verified again there (the gateway is
 * not trusted blindly) and the request's trace. Application handlers take it with each command.
 */
export interface Actor {
  readonly userId: string;
  readonly roles: readonly string[];
  readonly scopeUnitId: string;
  readonly correlationId: string;
  readonly traceparent?: string;
}

import { z } from 'zod';

/**
 * What the gateway sends a service with every message (Nest microservices, TCP): the caller's
 * bearer token (the service verifies it again: defence in depth), the request's correlation id
 * and trace context, and the validated body.
 */
export interface RpcRequest<B> {
  readonly token?: string;
  readonly correlationId: string;
  readonly traceparent?: string;
  readonly body: B;
}

/**
 * An error as it crosses from a service to the gateway: an RFC 9457 problem, rendered by the
 * gateway as it is (status, stable code, Vietnamese-first title).
 */
const rpcProblemSchema = z.object({
  status: z.number().int().min(400).max(599),
  code: z.string().min(1),
  title: z.string().min(1),
  detail: z.string().optional(),
  errors: z
    .array(
      z.object({
        field: z.string(),
        reason: z.string(),
        row: z.number().int().optional(),
        column: z.string().optional(),
      }),
    )
    .optional(),
});

export type RpcProblem = z.output<typeof rpcProblemSchema>;

export function isRpcProblem(value: unknown): value is RpcProblem {
  return rpcProblemSchema.safeParse(value).success;
}

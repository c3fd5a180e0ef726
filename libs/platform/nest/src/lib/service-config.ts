import { kafkaBrokersSchema, loadConfig, mongoUrlSchema } from '@vwu/platform-config';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);

/** What every service needs from its environment (validated at start, every problem at once). */
export const serviceConfigSchema = z.object({
  KAFKA_BROKERS: kafkaBrokersSchema,
  MONGO_URL: mongoUrlSchema,
  /** The service's own database: services never read each other's. */
  MONGO_DB: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be a lowercase database name'),
  HTTP_PORT: port,
  RPC_PORT: port.optional(),
  RPC_HOST: z.string().default('127.0.0.1'),
  /** Prepended to every topic name: a test run's platform keeps off other runs' events. */
  KAFKA_TOPIC_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9._-]*$/, 'letters, digits, . _ - only')
    .default(''),
  /** Set by the local infra (mongo-java-server): its indexes serve exact lookups only. */
  MONGO_EXACT_INDEX_ONLY: z.stringbool().default(false),
});

export type ServiceConfig = z.output<typeof serviceConfigSchema>;

export function loadServiceConfig(
  defaults: Partial<Record<keyof ServiceConfig, string>>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ServiceConfig {
  const merged = {
    ...defaults,
    ...Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  };
  return loadConfig(serviceConfigSchema, merged);
}

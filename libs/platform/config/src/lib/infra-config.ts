import { z } from 'zod';

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;

/** KAFKA_BROKERS: comma-separated host:port list, as written by `npm run infra:up`. */
export const kafkaBrokersSchema = z
  .string({ error: 'is required (comma-separated host:port, e.g. 127.0.0.1:9092)' })
  .transform((value) =>
    value
      .split(',')
      .map((broker) => broker.trim())
      .filter((broker) => broker !== ''),
  )
  .pipe(
    z.array(z.string().regex(HOST_PORT, 'each broker must be host:port')).min(1, 'names no broker'),
  );

/** MONGO_URL: a MongoDB connection string (mongodb:// or mongodb+srv://). */
export const mongoUrlSchema = z
  .string({ error: 'is required (e.g. mongodb://127.0.0.1:27017/)' })
  .regex(/^mongodb(\+srv)?:\/\/\S+$/, 'must be a mongodb:// or mongodb+srv:// URL');

export const infraConfigSchema = z.object({
  KAFKA_BROKERS: kafkaBrokersSchema,
  MONGO_URL: mongoUrlSchema,
});

export type InfraConfig = z.output<typeof infraConfigSchema>;

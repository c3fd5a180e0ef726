import 'reflect-metadata';
import { ConsoleLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GatewayModule } from '@vwu/gateway-api';
import { loadAuthConfig, TokenVerifier } from '@vwu/platform-auth';
import { loadConfig, mongoUrlSchema } from '@vwu/platform-config';
import { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '@vwu/platform-http';
import { httpMetrics } from '@vwu/platform-metrics';
import compression from 'compression';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65_535);

const gatewayConfigSchema = z.object({
  PORT: port.default(3000),
  HOST: z.string().default('127.0.0.1'),
  ORGANISATION_SERVICE_HOST: z.string().default('127.0.0.1'),
  ORGANISATION_SERVICE_PORT: port.default(4101),
  PROJECTIONS_SERVICE_HOST: z.string().default('127.0.0.1'),
  PROJECTIONS_SERVICE_PORT: port.default(4102),
  MEMBERSHIP_SERVICE_HOST: z.string().default('127.0.0.1'),
  MEMBERSHIP_SERVICE_PORT: port.default(4103),
  TRAINING_SERVICE_HOST: z.string().default('127.0.0.1'),
  TRAINING_SERVICE_PORT: port.default(4104),
  LOG_FORMAT: z.enum(['text', 'json']).default('text'),
  MONGO_URL: mongoUrlSchema,
  MONGO_DB: z.string().default('vwu_gateway'),
  /** The largest JSON body of a command, in bytes (a restructuring plan may be larger: 5 MB). */
  VWU_JSON_BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
  /** The origins a browser may call the API from, comma-separated; none when empty. */
  VWU_CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url())),
});

/** What a browser client may send, and read, across origins. */
const CORS_REQUEST_HEADERS = [
  'Authorization',
  'Content-Type',
  IDEMPOTENCY_KEY_HEADER,
  'If-None-Match',
  'X-Request-Id',
  'traceparent',
];
const CORS_EXPOSED_HEADERS = ['ETag', 'Location', 'Retry-After', IDEMPOTENT_REPLAYED_HEADER];

async function bootstrap(): Promise<void> {
  const env = loadConfig(gatewayConfigSchema, process.env);
  const logger = new ConsoleLogger('api-gateway', { json: env.LOG_FORMAT === 'json' });
  const app = await NestFactory.create<NestExpressApplication>(
    GatewayModule.register({
      verifier: TokenVerifier.fromConfig(loadAuthConfig()),
      mongo: { url: env.MONGO_URL, db: env.MONGO_DB },
      organisation: { host: env.ORGANISATION_SERVICE_HOST, port: env.ORGANISATION_SERVICE_PORT },
      projections: { host: env.PROJECTIONS_SERVICE_HOST, port: env.PROJECTIONS_SERVICE_PORT },
      membership: { host: env.MEMBERSHIP_SERVICE_HOST, port: env.MEMBERSHIP_SERVICE_PORT },
      training: { host: env.TRAINING_SERVICE_HOST, port: env.TRAINING_SERVICE_PORT },
      jsonMaxBytes: env.VWU_JSON_BODY_LIMIT_BYTES,
    }),
    // Bodies are read by RequestBodyGuard, after authentication, with their limits and types.
    { logger, bodyParser: false },
  );
  if (env.VWU_CORS_ORIGINS.length > 0)
    app.enableCors({
      origin: env.VWU_CORS_ORIGINS,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: CORS_REQUEST_HEADERS,
      exposedHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
  app.use(httpMetrics);
  app.use(compression());
  app.useStaticAssets(getAbsoluteFSPath(), { prefix: '/api/docs/assets/', index: false });
  app.disable('x-powered-by');
  app.enableShutdownHooks();
  await app.listen(env.PORT, env.HOST);
  logger.log(`listening on http://${env.HOST}:${env.PORT} (docs: /api/docs, metrics: /metrics)`);
}

void bootstrap();

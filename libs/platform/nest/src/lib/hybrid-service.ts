import { ConsoleLogger, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Transport, type MicroserviceOptions } from '@nestjs/microservices';
import { httpMetrics } from '@vwu/platform-metrics';
import type { ServiceConfig } from './service-config';

/**
 * Starts a service as the platform runs them: TCP (Nest microservices) for the gateway, HTTP
 * for /health and /ready, shutdown hooks for SIGTERM, text or JSON logs (LOG_FORMAT).
 */
export async function startHybridService(
  name: string,
  module: DynamicModule,
  config: ServiceConfig,
): Promise<void> {
  const logger = new ConsoleLogger(name, { json: process.env['LOG_FORMAT'] === 'json' });
  const app = await NestFactory.create(module, { logger });
  app.enableShutdownHooks();
  app.use(httpMetrics);
  const rpcPort = config.RPC_PORT ?? config.HTTP_PORT + 1000;
  app.connectMicroservice<MicroserviceOptions>({
    transport: Transport.TCP,
    options: { host: config.RPC_HOST, port: rpcPort },
  });
  await app.startAllMicroservices();
  await app.listen(config.HTTP_PORT, config.RPC_HOST);
  logger.log(
    `health on http://${config.RPC_HOST}:${config.HTTP_PORT}/health, metrics on /metrics, RPC on tcp ${rpcPort}`,
  );
}

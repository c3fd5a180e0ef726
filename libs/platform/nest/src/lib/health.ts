import {
  Controller,
  Get,
  HttpCode,
  Inject,
  Injectable,
  Module,
  Res,
  type DynamicModule,
  type Type,
} from '@nestjs/common';
import { MessagePattern } from '@nestjs/microservices';
import type { Response } from 'express';
import type { Kafka } from 'kafkajs';
import type { Connection } from 'mongoose';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { MetricsController, RpcMetricsInterceptor } from './metrics';
import { KAFKA, MONGO_CONNECTION } from './tokens';

export interface CheckResult {
  readonly ok: boolean;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** One thing the service needs in order to serve: its store, the broker, a backlog. */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<CheckResult>;
}

const READINESS_CHECKS = Symbol('READINESS_CHECKS');

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) =>
      setTimeout(() => reject(new Error(`no answer in ${ms} ms`)), ms).unref(),
    ),
  ]);
}

@Injectable()
export class StoreCheck implements ReadinessCheck {
  readonly name = 'store';
  constructor(@Inject(MONGO_CONNECTION) private readonly connection: Connection) {}
  async check(): Promise<CheckResult> {
    await withTimeout(this.connection.db!.admin().ping(), 2_000);
    return { ok: true };
  }
}

@Injectable()
export class BrokerCheck implements ReadinessCheck {
  readonly name = 'broker';
  constructor(@Inject(KAFKA) private readonly kafka: Kafka) {}
  async check(): Promise<CheckResult> {
    const admin = this.kafka.admin();
    try {
      await withTimeout(admin.connect(), 2_000);
      const cluster = await withTimeout(admin.describeCluster(), 2_000);
      return { ok: cluster.brokers.length > 0, detail: { brokers: cluster.brokers.length } };
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }
}

/**
 * /health: the process runs (liveness). /ready: it can serve, with each check's detail.
 * /metrics: Prometheus (MetricsController).
 */
@Controller()
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: readonly ReadinessCheck[]) {}

  @Get('health')
  @HttpCode(200)
  health(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res({ passthrough: true }) response: Response): Promise<Record<string, unknown>> {
    const results = await Promise.all(
      this.checks.map(async (c) => [c.name, await c.check().catch(failure)] as const),
    );
    const ready = results.every(([, r]) => r.ok);
    response.status(ready ? 200 : 503);
    return { status: ready ? 'ready' : 'not-ready', checks: Object.fromEntries(results) };
  }
}

function failure(error: unknown): CheckResult {
  return { ok: false, detail: { error: error instanceof Error ? error.message : 'failed' } };
}

/** Answered by every service over RPC: the gateway's readiness asks it. */
export const PING_PATTERN = 'platform.ping';

@Controller()
export class PingController {
  @MessagePattern(PING_PATTERN)
  ping(): string {
    return 'pong';
  }
}

@Module({})
export class HealthModule {
  static register(extraChecks: readonly Type<ReadinessCheck>[] = []): DynamicModule {
    const checks = [StoreCheck, BrokerCheck, ...extraChecks];
    return {
      module: HealthModule,
      controllers: [HealthController, PingController, MetricsController],
      providers: [
        ...checks,
        { provide: APP_INTERCEPTOR, useClass: RpcMetricsInterceptor },
        {
          provide: READINESS_CHECKS,
          useFactory: (...all: ReadinessCheck[]) => all,
          inject: checks,
        },
      ],
    };
  }
}

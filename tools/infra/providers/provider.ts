import type { ComponentName, ComponentRecord, ProviderName } from '../state.ts';

export interface StartRequest {
  readonly component: ComponentName;
  readonly owner: string;
}

/**
 * One way of providing Kafka and the MongoDB-compatible store. The chain asks each provider in
 * turn whether it can serve here (`unavailable` answers why not) and starts the first that can.
 */
export interface Provider {
  readonly name: ProviderName;
  /** undefined when this provider can serve the component on this machine; otherwise why not. */
  unavailable(component: ComponentName): Promise<string | undefined>;
  start(request: StartRequest): Promise<ComponentRecord>;
  /** Whether what the record describes still runs (and is still ours). */
  isRunning(record: ComponentRecord): Promise<boolean>;
  stop(record: ComponentRecord): Promise<void>;
}

export const ENV_VAR: Record<ComponentName, string> = {
  kafka: 'KAFKA_BROKERS',
  mongo: 'MONGO_URL',
};

export function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65_535) {
    throw new Error(`${name}=${raw} is not a TCP port (1–65535)`);
  }
  return value;
}

/** Ports of the infrastructure that this tooling starts itself (docker or local). */
export const ports = {
  kafka: (): number => port('KAFKA_PORT', 9092),
  kafkaController: (): number => port('KAFKA_CONTROLLER_PORT', 9093),
  mongo: (): number => port('MONGO_PORT', 27017),
};

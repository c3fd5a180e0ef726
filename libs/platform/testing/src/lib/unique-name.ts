import { randomBytes } from 'node:crypto';

/**
 * A name no other test (nor an earlier run against the same broker) has used: tests share one
 * Kafka and one store, so each owns its topics, groups and databases by name.
 */
export function uniqueName(prefix: string): string {
  const suffix = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
  return `${prefix}-${suffix}`.replace(/[^A-Za-z0-9._-]/g, '-');
}

import { EventEmitter } from 'node:events';
import { httpMetrics } from './http-metrics';
import { metrics, registry, scrape, timed } from './metrics';

/** A response as Express ends one: `finish` once it is sent. */
class Response extends EventEmitter {
  constructor(readonly statusCode: number) {
    super();
  }
}

async function count(name: string, labels: Record<string, string>): Promise<number | undefined> {
  const metric = await registry.getSingleMetric(name)?.get();
  return metric?.values.find(
    (v) =>
      (v as { metricName?: string }).metricName === `${name}_count` &&
      Object.entries(labels).every(([k, value]) => String(v.labels[k]) === value),
  )?.value;
}

describe('the platform’s metrics', () => {
  it('labels an HTTP request with its route’s template, and one no route answered as unmatched', async () => {
    const routed = new Response(201);
    const request = { method: 'POST', baseUrl: '', route: { path: '/api/v1/units/:id/moves' } };
    httpMetrics(request, routed, () => undefined);
    routed.emit('finish');
    routed.emit('close');
    const lost = new Response(401);
    httpMetrics({ method: 'GET' }, lost, () => undefined);
    lost.emit('close');
    const name = 'vwu_http_request_duration_seconds';
    expect(await count(name, { route: '/api/v1/units/:id/moves', status: '201' })).toBe(1);
    expect(await count(name, { route: 'unmatched', status: '401', method: 'GET' })).toBe(1);
  });

  it('times work by its outcome, and passes its error on', async () => {
    const labels = ({ error }: { error?: unknown }) => ({
      command: 'Rate',
      outcome: error ? 'error' : 'ok',
    });
    await expect(timed(metrics.commandDuration, () => Promise.resolve(7), labels)).resolves.toBe(7);
    const boom = new Error('boom');
    await expect(timed(metrics.commandDuration, () => Promise.reject(boom), labels)).rejects.toBe(
      boom,
    );
    const name = 'vwu_command_duration_seconds';
    expect(await count(name, { command: 'Rate', outcome: 'ok' })).toBe(1);
    expect(await count(name, { command: 'Rate', outcome: 'error' })).toBe(1);
  });

  it('scrapes the text exposition with the process’s own metrics', async () => {
    const { contentType, body } = await scrape();
    expect(contentType).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(body).toContain('# TYPE vwu_outbox_backlog_commits gauge');
    expect(body).toContain('# TYPE process_resident_memory_bytes gauge');
  });
});

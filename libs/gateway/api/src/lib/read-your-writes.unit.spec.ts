import { ORGANISATION_RPC, PROJECTIONS_RPC } from '@vwu/internal-api';
import type { ClientProxy } from '@nestjs/microservices';
import { ReadYourWrites } from './read-your-writes';
import type { Upstream } from './upstream';

/** The services as numbers: the version the read model applied, and the one written. */
function upstream(applied: number, written: number): Upstream {
  const organisation = {} as ClientProxy;
  const projections = {} as ClientProxy;
  return {
    organisation,
    projections,
    call: (client: ClientProxy, pattern: string) =>
      Promise.resolve(
        client === projections && pattern === PROJECTIONS_RPC.unitVersion
          ? applied
          : client === organisation && pattern === ORGANISATION_RPC.streamVersion
            ? written
            : Promise.reject(new Error(`unexpected ${pattern}`)),
      ),
  } as unknown as Upstream;
}

const call = { correlationId: 'c' };
const ID = '7d4f1f0e-0000-4000-8000-000000000001';

describe('read-your-writes', () => {
  it('returns once the read model has applied the version', async () => {
    await expect(new ReadYourWrites(upstream(3, 3)).waitFor(ID, 3, 0, call)).resolves.toBe(
      undefined,
    );
  });

  it('answers 503 with Retry-After when the write side has the version and the read model lags', async () => {
    await expect(new ReadYourWrites(upstream(2, 3)).waitFor(ID, 3, 0, call)).rejects.toMatchObject({
      status: 503,
      code: 'read-model.lagging',
      headers: { 'Retry-After': '1' },
    });
  });

  it('answers 422 for a version never written, 404 for a stream never written', async () => {
    await expect(
      new ReadYourWrites(upstream(3, 3)).waitFor(ID, 999, 0, call),
    ).rejects.toMatchObject({
      status: 422,
      code: 'read-model.version-not-written',
    });
    await expect(new ReadYourWrites(upstream(0, 0)).waitFor(ID, 1, 0, call)).rejects.toMatchObject({
      status: 404,
      code: 'read-model.stream-not-found',
    });
  });
});

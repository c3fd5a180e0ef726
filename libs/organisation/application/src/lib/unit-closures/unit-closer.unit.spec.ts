import { admin, cityUnderTest } from '../testing/units-under-test';
import type { Closure } from './unit-closer';

const city = cityUnderTest;

describe('UnitCloser', () => {
  it('refuses a branch merged into its own group for its kind, not for a cycle', async () => {
    const t = await city();
    const merge: Closure = {
      unitId: t.branch1,
      reason: 'merged',
      successorId: t.group1,
      on: '2025-07-01',
    };
    await expect(t.closer.close(merge, admin)).rejects.toMatchObject({
      code: 'organisation.merge-kind-mismatch',
      kind: 'invalid',
    });
    expect(t.pending.pending.size).toBe(0);
  });

  it('refuses a branch merged into another branch’s group for its kind, before its children', async () => {
    const t = await city();
    await expect(
      t.closer.close(
        { unitId: t.branch1, reason: 'merged', successorId: t.group2, on: '2025-07-01' },
        admin,
      ),
    ).rejects.toMatchObject({ code: 'organisation.merge-kind-mismatch' });
    expect(await t.store.readStream(t.branch1)).toHaveLength(1);
  });

  it('lists the children that cannot move, counted in the singular for one', async () => {
    const t = await city();
    const dissolution = { unitId: t.lang, reason: 'dissolved', successorId: t.kimMa } as const;
    await expect(t.closer.close({ ...dissolution, on: '2025-07-01' }, admin)).rejects.toMatchObject(
      {
        status: 409,
        code: 'organisation.restructuring-conflict',
        message:
          '1 đơn vị trực thuộc không thể chuyển sang đơn vị tiếp nhận — 1 child unit cannot move to the successor',
        errors: [
          {
            field: expect.stringMatching(/^children\./) as unknown,
            reason: `organisation.name-taken: đơn vị ${t.branch1} đã có tên này dưới đơn vị tiếp nhận — unit ${t.branch1} has this name under the successor`,
          },
        ],
      },
    );
  });
});

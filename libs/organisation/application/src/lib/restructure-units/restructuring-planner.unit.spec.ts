import { DEFAULT_UNIT_KIND_CATALOGUE, unitDecider } from '@vwu/organisation-domain';
import type { Actor } from '@vwu/platform-auth';
import { CommandHandler, InMemoryEventStore } from '@vwu/platform-event-sourcing';
import { EstablishUnitCommand } from '../establish-unit/establish-unit.command';
import { EstablishUnitHandler } from '../establish-unit/establish-unit.handler';
import type { UnitCommands } from '../ports';
import { MemoryReservations } from '@vwu/platform-event-sourcing';
import { UnitWorkspace } from '../unit-workspace';
import type { Plan, PlanStep } from './restructuring-plan';
import {
  RestructuringInvalidError,
  RestructuringOutOfScopeError,
  RestructuringPlanner,
} from './restructuring-planner';
import { RestructuringJobs } from './restructuring.job';
import type { RestructuringRunner } from './restructuring.runner';

const CITY = '00000000-0000-4000-8000-000000000001';
const actor = (scopeUnitId: string): Actor => ({
  userId: 'u-1',
  roles: ['unit-manager'],
  scopeUnitId,
  correlationId: 'req-1',
});

/** Jobs that are only created, never run: the planner's decision is what is under test. */
class CreatedJobs extends RestructuringJobs {
  readonly created: string[] = [];
  create = (job: Parameters<RestructuringJobs['create']>[0]) => {
    this.created.push(job.id);
    return Promise.resolve(job);
  };
  get = () => Promise.resolve(undefined);
  retry = () => Promise.resolve();
  claim = () => Promise.resolve(undefined);
  rows = () => Promise.resolve([]);
  advance = () => Promise.resolve(true);
  finish = () => Promise.resolve();
}

/**
 * The city in 2019: two district unions; Ba Đình with the wards Kim Mã (two branches) and Ngọc
 * Hà (one branch), and an enterprise union; Đống Đa with the ward Láng (one branch).
 */
async function city2019() {
  const store = new InMemoryEventStore();
  const commands: UnitCommands = {
    handler: new CommandHandler(store, unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)),
  };
  const reservations = new MemoryReservations();
  const establishHandler = new EstablishUnitHandler(store, commands, reservations);
  const system = { ...actor(CITY), roles: ['admin'] };
  const add = async (name: string, kind: string, parentId: string | null, id?: string) =>
    (
      await establishHandler.execute(
        new EstablishUnitCommand({ name, kind, parentId, establishedOn: '2019-01-01' }, system, id),
      )
    ).id;
  await add('Hội LHPN Thành phố Hà Nội', 'province', null, CITY);
  const baDinh = await add('Hội LHPN quận Ba Đình', 'district', CITY);
  const dongDa = await add('Hội LHPN quận Đống Đa', 'district', CITY);
  const kimMa = await add('Hội LHPN phường Kim Mã', 'grassroots', baDinh);
  const ngocHa = await add('Hội LHPN phường Ngọc Hà', 'grassroots', baDinh);
  const enterprise = await add('Hội Phụ nữ Công ty May 10', 'grassroots', baDinh);
  const lang = await add('Hội LHPN phường Láng', 'grassroots', dongDa);
  const branches = [
    await add('Chi hội tổ dân phố 1', 'branch', kimMa),
    await add('Chi hội tổ dân phố 2', 'branch', kimMa),
    await add('Chi hội tổ dân phố 3', 'branch', ngocHa),
    await add('Chi hội tổ dân phố 1', 'branch', lang),
  ];
  const jobs = new CreatedJobs();
  const runner = { kick: () => undefined } as unknown as RestructuringRunner;
  const planner = new RestructuringPlanner(
    new UnitWorkspace(store, commands, reservations),
    jobs,
    runner,
  );
  return { store, planner, jobs, baDinh, dongDa, kimMa, ngocHa, enterprise, lang, branches };
}

const plan = (steps: PlanStep[]): Plan => ({
  title: 'Sắp xếp tổ chức Hội theo mô hình hai cấp',
  effectiveOn: '2025-07-01',
  steps,
});

describe('restructuring plans', () => {
  it('previews the two-tier reform: every change, children included, and writes nothing', async () => {
    const t = await city2019();
    const before = await t.store.readStream(t.kimMa);
    const reform = plan([
      {
        op: 'establish',
        ref: 'ba-dinh',
        name: 'Hội LHPN phường Ba Đình',
        kind: 'grassroots',
        parent: CITY,
      },
      { op: 'merge', unit: t.kimMa, successor: 'ba-dinh' },
      { op: 'merge', unit: t.ngocHa, successor: 'ba-dinh' },
      { op: 'dissolve', unit: t.baDinh, successor: CITY },
      { op: 'rename', unit: t.lang, name: 'Hội LHPN phường Láng mới' },
      { op: 'move', unit: t.lang, parent: CITY },
      { op: 'dissolve', unit: t.dongDa, successor: null },
    ]);
    const preview = await t.planner.preview(reform, actor(CITY));
    expect(preview.conflicts).toEqual([]);
    expect(preview.valid).toBe(true);
    expect(preview.summary).toEqual({
      establish: 1,
      merge: 2,
      'move-child': 4, // three branches to the new ward, the enterprise union to the city
      dissolve: 2,
      rename: 1,
      move: 1,
    });
    const newWard = preview.changes[0]?.unitId;
    expect(preview.changes).toContainEqual(
      expect.objectContaining({
        op: 'move-child',
        unitId: t.branches[2],
        fromId: t.ngocHa,
        toId: newWard,
      }),
    );
    expect(preview.changes).toContainEqual(
      expect.objectContaining({
        op: 'move-child',
        unitId: t.enterprise,
        fromId: t.baDinh,
        toId: CITY,
      }),
    );
    expect(await t.store.readStream(t.kimMa)).toEqual(before);
    expect((await t.planner.preview(reform, actor(CITY))).id).toBe(preview.id);
  });

  it('lists every conflict at once: kinds, names among siblings, cycles, unknown refs', async () => {
    const t = await city2019();
    const preview = await t.planner.preview(
      plan([
        {
          op: 'establish',
          ref: 'new',
          name: 'Hội LHPN phường Mới',
          kind: 'grassroots',
          parent: CITY,
        },
        { op: 'merge', unit: t.kimMa, successor: 'new' },
        // Láng's "Chi hội tổ dân phố 1" meets Kim Mã's under the new ward.
        { op: 'merge', unit: t.lang, successor: 'new' },
        { op: 'merge', unit: t.ngocHa, successor: t.baDinh },
        { op: 'move', unit: t.baDinh, parent: t.ngocHa },
        { op: 'dissolve', unit: t.dongDa, successor: null },
      ]),
      actor(CITY),
    );
    expect(preview.valid).toBe(false);
    expect(preview.conflicts.map((c) => [c.field, c.reason.split(':')[0]])).toEqual([
      [`steps[2].children.${t.branches[3]}`, 'organisation.name-taken'],
      ['steps[3]', 'organisation.merge-kind-mismatch'],
      ['steps[4]', 'organisation.cycle'],
    ]);
    const unknown = await t.planner.preview(
      plan([{ op: 'merge', unit: t.kimMa, successor: 'nowhere' }]),
      actor(CITY),
    );
    expect(unknown.conflicts).toEqual([
      {
        field: 'steps[0].successor',
        reason:
          "không có bước thành lập nào trước bước này mang ref 'nowhere' — no establish step before it has ref 'nowhere'",
      },
    ]);
  });

  it('may establish a unit and merge it on the same effective day', async () => {
    const t = await city2019();
    const preview = await t.planner.preview(
      plan([
        {
          op: 'establish',
          ref: 'tmp',
          name: 'Hội LHPN phường Tạm',
          kind: 'grassroots',
          parent: CITY,
        },
        { op: 'move', unit: t.branches[2] ?? '', parent: 'tmp' },
        { op: 'merge', unit: 'tmp', successor: t.lang },
      ]),
      actor(CITY),
    );
    expect(preview.conflicts).toEqual([]);
    expect(preview.summary).toEqual({ establish: 1, move: 1, merge: 1, 'move-child': 1 });
  });

  it('says a unit named by a later step was merged into its successor or dissolved, and when', async () => {
    const t = await city2019();
    const preview = await t.planner.preview(
      plan([
        { op: 'merge', unit: t.ngocHa, successor: t.kimMa },
        { op: 'rename', unit: t.ngocHa, name: 'Hội LHPN phường Ngọc Hà mới' },
        { op: 'dissolve', unit: t.dongDa, successor: CITY },
        { op: 'move', unit: t.dongDa, parent: t.baDinh },
        { op: 'move', unit: t.branches[0] ?? '', parent: t.ngocHa },
      ]),
      actor(CITY),
    );
    const mergedNgocHa = `đơn vị ${t.ngocHa} đã sáp nhập vào đơn vị ${t.kimMa} từ ngày 2025-07-01 — unit ${t.ngocHa} was merged into ${t.kimMa} on 2025-07-01`;
    expect(preview.conflicts).toEqual([
      { field: 'steps[1]', reason: `organisation.unit-closed: ${mergedNgocHa}` },
      {
        field: 'steps[3]',
        reason: `organisation.unit-closed: đơn vị ${t.dongDa} đã giải thể từ ngày 2025-07-01, các đơn vị trực thuộc chuyển về đơn vị ${CITY} — unit ${t.dongDa} was dissolved on 2025-07-01, its units going to ${CITY}`,
      },
      { field: 'steps[4]', reason: `organisation.unit-closed: ${mergedNgocHa}` },
    ]);
  });

  it('counts the conflicts of an invalid plan in the singular for one', async () => {
    const t = await city2019();
    const invalid = plan([{ op: 'dissolve', unit: t.dongDa, successor: null }]);
    await expect(t.planner.start(invalid, actor(CITY))).rejects.toMatchObject({
      message: 'Phương án có 1 xung đột, chưa áp dụng gì — 1 conflict: nothing was applied',
    });
  });

  it('refuses a non-empty dissolution without a successor, and applies nothing of an invalid plan', async () => {
    const t = await city2019();
    const invalid = plan([
      { op: 'move', unit: t.enterprise, parent: CITY },
      { op: 'dissolve', unit: t.dongDa, successor: null },
    ]);
    await expect(t.planner.start(invalid, actor(CITY))).rejects.toMatchObject({
      status: 422,
      code: 'organisation.restructuring-invalid',
      errors: [
        expect.objectContaining({
          field: 'steps[1]',
          reason: expect.stringMatching(/^organisation.unit-not-empty/) as unknown,
        }),
      ],
    });
    expect(t.jobs.created).toEqual([]);
    await expect(t.planner.start(invalid, actor(CITY))).rejects.toBeInstanceOf(
      RestructuringInvalidError,
    );
  });

  it('refuses a plan that reaches outside the scope (403), and accepts one within it', async () => {
    const t = await city2019();
    const district = actor(t.baDinh);
    // Ba Đình's own wards may merge; taking Láng from Đống Đa needs the city's scope.
    const within = plan([{ op: 'merge', unit: t.ngocHa, successor: t.kimMa }]);
    const outside = plan([{ op: 'move', unit: t.lang, parent: t.baDinh }]);
    await expect(t.planner.start(outside, district)).rejects.toBeInstanceOf(
      RestructuringOutOfScopeError,
    );
    const preview = await t.planner.preview(outside, district);
    expect(preview.conflicts).toEqual([
      { field: 'steps[0]', reason: expect.stringMatching(/^auth.out-of-scope/) as unknown },
    ]);
    const job = await t.planner.start(within, district);
    expect(job).toMatchObject({ status: 'running', total: 1, done: 0 });
    expect(t.jobs.created).toEqual([job.id]);
  });
});

import type { Tree } from '@nx/devkit';
import { read } from '../edit.ts';
import { seededTree } from '../seeded-tree.ts';
import { AGGREGATES } from './aggregates.ts';
import commandGenerator from './command.generator.ts';

const club = AGGREGATES['club'];
if (club === undefined) throw new Error('the club profile is missing');
const domain = club.domainDir;
const EDITED = [
  ...['commands', 'events', 'state', 'decider'].map((part) => `${domain}/club.${part}.ts`),
  `${domain}/index.ts`,
  'libs/membership/application/src/index.ts',
  club.operations.file,
  club.api.rpcController,
  club.api.providers,
  club.events.publicTypes,
  `${club.events.contractsDir}/index.ts`,
  ...club.events.exhaustive.map((list) => list.file),
];
const options = {
  context: 'membership',
  aggregate: 'club',
  name: 'suspend-club',
  event: 'ClubSuspended',
  summary: 'Tạm dừng CLB — Suspend a club',
};

async function generated(publish: boolean): Promise<Tree> {
  const tree = seededTree(EDITED);
  await commandGenerator(tree, { ...options, publish });
  return tree;
}

describe('nx g @vwu/tools:command', () => {
  it('writes the rule and its given/when/then test, the use case and its spec', async () => {
    const tree = await generated(false);
    const rule = read(tree, `${domain}/suspend-club.ts`);
    expect(rule).toContain("readonly type: 'SuspendClub';");
    expect(rule).toContain("readonly type: 'ClubSuspended';");
    expect(rule).toContain('throw new ClubNotFoundError(command.clubId)');
    expect(read(tree, `${domain}/suspend-club.unit.spec.ts`)).toMatch(
      /spec\s+\.given\(\[existing\]\)\s+\.when\(command\)/,
    );
    const useCase = 'libs/membership/application/src/lib/suspend-club/suspend-club';
    expect(read(tree, `${useCase}.command.ts`)).toContain('export class SuspendClubCommand');
    expect(read(tree, `${useCase}.handler.ts`)).toContain('@CommandHandler(SuspendClubCommand)');
    expect(read(tree, `${useCase}.handler.unit.spec.ts`)).toContain("code: 'auth.out-of-scope'");
  });

  it('wires the decider: both unions, a case in decide and one in evolve, the exports', async () => {
    const tree = await generated(false);
    expect(read(tree, `${domain}/club.commands.ts`)).toMatch(/ClubCommand =[^;]*\| SuspendClub;/);
    expect(read(tree, `${domain}/club.events.ts`)).toMatch(/ClubEvent =[^;]*\| ClubSuspended;/);
    expect(read(tree, `${domain}/club.decider.ts`)).toMatch(
      /case 'SuspendClub':\s+return suspendClub\(command, state\);\s+default:/,
    );
    expect(read(tree, `${domain}/club.state.ts`)).toMatch(
      /case 'ClubSuspended':\s+return state;\s+default:\s+return unreachable\(event\);/,
    );
    expect(read(tree, `${domain}/index.ts`)).toContain("export * from './suspend-club';");
    expect(read(tree, 'libs/membership/application/src/index.ts')).toContain(
      "export * from './lib/suspend-club/suspend-club.handler';",
    );
  });

  it('declares the operation once, lists it, binds its RPC handler and provides the handler', async () => {
    const tree = await generated(false);
    const operations = read(tree, club.operations.file);
    expect(operations).toContain('export const suspendClubBody = z.strictObject({});');
    expect(operations).toMatch(
      /operationId: 'suspendClub',\s+pattern: 'membership\.clubs\.suspend-club',/,
    );
    expect(operations).toContain("path: '/api/v1/clubs/{id}/suspend',");
    expect(operations).toMatch(/clubOperations = \[[^\]]*suspendClub,?\s*\]/);
    const controller = read(tree, club.api.rpcController);
    expect(controller).toMatch(/@Answers\(suspendClub\)\s+async suspendClub\(/);
    expect(controller).toContain('new SuspendClubCommand(params.id, body, actor)');
    expect(read(tree, club.api.providers)).toMatch(/ClubWorkspace,\s+SuspendClubHandler,/);
  });

  it('keeps an unpublished event inside the service', async () => {
    const tree = await generated(false);
    expect(read(tree, club.events.publicTypes)).toContain('ClubSuspended: null,');
    expect(tree.exists(`${club.events.contractsDir}/club-suspended.v1.ts`)).toBe(false);
  });

  it('publishes one with a contract stub, registered and listed wherever every event is', async () => {
    const tree = await generated(true);
    expect(read(tree, `${club.events.contractsDir}/club-suspended.v1.ts`)).toContain(
      "export const CLUB_SUSPENDED_V1 = eventType('membership', 'ClubSuspended', 1);",
    );
    expect(read(tree, `${club.events.contractsDir}/index.ts`)).toContain(
      '[CLUB_SUSPENDED_V1]: ClubSuspendedV1,',
    );
    expect(read(tree, club.events.publicTypes)).toContain('ClubSuspended: CLUB_SUSPENDED_V1,');
    for (const list of club.events.exhaustive)
      expect(read(tree, list.file)).toContain('ClubSuspended');
  });

  it('publishes every event of a context whose mapper publishes all, and lists it in its projection', async () => {
    const unit = AGGREGATES['unit'];
    if (unit === undefined) throw new Error('the unit profile is missing');
    const lists = unit.events.exhaustive.map((list) => list.file);
    const edited = [
      ...['commands', 'events', 'state', 'decider'].map((p) => `${unit.domainDir}/unit.${p}.ts`),
      unit.domainIndex.file,
      'libs/organisation/application/src/index.ts',
      unit.operations.file,
      unit.api.rpcController,
      unit.api.providers,
      unit.events.publicTypes,
      `${unit.events.contractsDir}/index.ts`,
      ...lists,
    ];
    const tree = seededTree(edited);
    const suspend = { context: 'organisation', aggregate: 'unit', name: 'suspend-unit' };
    await commandGenerator(tree, { ...suspend, event: 'UnitSuspended' });
    expect(read(tree, unit.events.publicTypes)).toContain('UnitSuspended: UNIT_SUSPENDED_V1,');
    expect(read(tree, `${unit.domainDir}/suspend-unit.unit.spec.ts`)).toContain(
      'deciderSpec(unitDecider(DEFAULT_UNIT_KIND_CATALOGUE))',
    );
    expect(read(tree, lists[0] ?? '')).toMatch(
      /case 'vn\.vwu\.organisation\.UnitSuspended\.v1':\s+return \[guarded\(event, \{\}\)\];\s+default:/,
    );
    expect(read(tree, unit.api.rpcController)).toContain('Promise<UnitCommandResultDto>');
  });

  it('refuses an aggregate it has no profile of, and a path without the aggregate id', async () => {
    const tree = seededTree(EDITED);
    await expect(commandGenerator(tree, { ...options, aggregate: 'case' })).rejects.toThrow(
      /no aggregate case in membership/,
    );
    await expect(commandGenerator(tree, { ...options, path: '/api/v1/clubs' })).rejects.toThrow(
      /must name the aggregate's \{id\}/,
    );
  });
});

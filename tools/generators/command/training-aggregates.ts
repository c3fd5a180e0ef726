import { contractLists, type AggregateProfile } from './aggregate-profile.ts';

// The training context's aggregates, as the command generator knows them (see aggregates.ts).

/** Cán bộ Hội: her stream is cadre-<cadreId>; a change needs her record's unit in scope. */
export const cadre: AggregateProfile = {
  context: 'training',
  aggregate: 'cadre',
  domainDir: 'libs/training/domain/src/lib',
  idField: 'cadreId',
  domainIndex: { file: 'libs/training/domain/src/index.ts', prefix: './lib' },
  // The first switch of each is her record's (the posts' are the second).
  evolveSwitch: 'first',
  notFound: 'CadreNotFoundError',
  decider: {
    expression: 'cadreDecider',
    imports: ["import { cadreDecider } from './cadre.decider';"],
  },
  notFoundCode: 'training.cadre-not-found',
  absent: "state.status === 'none'",
  seedEvent: `{
  type: 'CadreRegistered',
  data: {
    cadreId: ID,
    unitId: '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1',
    ancestorIds: ['00000000-0000-4000-8000-000000000001'],
    memberId: null,
    birthYear: 1986,
    registeredOn: '2024-01-10',
    personal: 'sealed',
  },
}`,
  application: {
    resultType: 'CadreCommandResult',
    imports: [
      "import { changeCadre } from '../cadre-access';",
      "import { CadreWorkspace, type CadreCommandResult } from '../cadre-streams';",
    ],
    constructorParams: 'private readonly cadres: CadreWorkspace',
    execute: 'return changeCadre(this.cadres, ID, actor, command);',
  },
  spec: {
    imports: [
      "import { cadresUnderTest, officer, OTHER_WARD, registered, WARD } from '../testing/cadres-under-test';",
    ],
    setup: 'const t = cadresUnderTest();\n    const handler = new HANDLER(t.cadres);',
    existing: 'const id = await registered(t, WARD, []);',
    id: 'id',
    streamId: '`cadre-${id}`',
    inScope: 'officer(WARD)',
    outOfScope: 'officer(OTHER_WARD)',
  },
  api: {
    rpcController: 'libs/training/api/src/lib/cadres.rpc-controller.ts',
    resultType: 'CadreCommandResult',
    providers: 'libs/training/api/src/lib/training.module.ts',
    providersAnchor: /\n {8}CadreWorkspace,\n/,
  },
  operations: {
    file: 'libs/internal-api/src/lib/operations/training.operations.ts',
    list: 'trainingOperations',
    base: '...cadre',
    response: 'done',
    patternPrefix: 'training.cadres.',
    pathPrefix: '/api/v1/cadres/{id}/',
  },
  events: {
    allPublic: true,
    publicTypes: 'libs/training/infrastructure/src/lib/public-events.ts',
    contractsDir: 'libs/contracts/src/training',
    registry: 'TRAINING_EVENTS',
    subject: 'cadre-<cadreId>',
    exhaustive: [
      {
        file: 'libs/training/infrastructure/src/lib/public-events.unit.spec.ts',
        map: /const EVENTS: [^=]+= \[[\s\S]*?\n\];/,
        entry: (_type, event) => `{ type: '${event}', data: { cadreId: CADRE } },`,
      },
      ...contractLists('training'),
    ],
  },
};

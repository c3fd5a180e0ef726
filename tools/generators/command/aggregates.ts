import { contractLists, type AggregateProfile, type PublicEventList } from './aggregate-profile.ts';
import { cadre } from './training-aggregates.ts';

// The aggregates the command generator knows (see aggregate-profile.ts for what each entry says).

export type { AggregateProfile } from './aggregate-profile.ts';

const MEMBERSHIP_SAMPLES = 'libs/membership/infrastructure/src/lib/public-events.unit.spec.ts';
const samplesOf = (id: string): PublicEventList => ({
  file: MEMBERSHIP_SAMPLES,
  map: /const EVENTS: [^=]+= \[[\s\S]*?\n\];/,
  entry: (_type, event) => `{ type: '${event}', data: { ${id} } },`,
});

const club: AggregateProfile = {
  context: 'membership',
  aggregate: 'club',
  domainDir: 'libs/membership/domain/src/lib/clubs',
  idField: 'clubId',
  domainIndex: { file: 'libs/membership/domain/src/lib/clubs/index.ts', prefix: '.' },
  evolveSwitch: 'last',
  notFound: 'ClubNotFoundError',
  decider: {
    expression: 'clubDecider',
    imports: ["import { clubDecider } from './club.decider';"],
  },
  notFoundCode: 'membership.club-not-found',
  absent: "state.status === 'none'",
  seedEvent: `{
  type: 'ClubFounded',
  data: {
    clubId: ID,
    unitId: '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1',
    ancestorIds: ['00000000-0000-4000-8000-000000000001'],
    name: 'CLB giúp việc gia đình Kim Mã',
    clubType: 'domestic-workers',
    foundedOn: '2024-01-15',
  },
}`,
  application: {
    resultType: 'MemberCommandResult',
    imports: [
      "import { changeClub } from '../clubs/club-access';",
      "import { ClubWorkspace } from '../clubs/club-workspace';",
      "import type { MemberCommandResult } from '../ports';",
    ],
    constructorParams: 'private readonly clubs: ClubWorkspace',
    execute: 'return changeClub(this.clubs, ID, actor, command);',
  },
  spec: {
    imports: [
      "import { clubsUnderTest } from '../testing/clubs-under-test';",
      "import { OTHER_WARD, officer, WARD } from '../testing/members-under-test';",
    ],
    setup: 'const t = await clubsUnderTest();\n    const handler = new HANDLER(t.clubs);',
    existing: '',
    id: 't.club',
    streamId: '`club-${t.club}`',
    inScope: 'officer(WARD)',
    outOfScope: 'officer(OTHER_WARD)',
  },
  api: {
    rpcController: 'libs/membership/api/src/lib/clubs.rpc-controller.ts',
    resultType: 'MemberCommandResult',
    providers: 'libs/membership/api/src/lib/clubs.providers.ts',
    providersAnchor: /\n {4}ClubWorkspace,\n/,
  },
  operations: {
    file: 'libs/internal-api/src/lib/operations/clubs.operations.ts',
    list: 'clubOperations',
    base: '...club',
    response: 'done',
    patternPrefix: 'membership.clubs.',
    pathPrefix: '/api/v1/clubs/{id}/',
  },
  events: {
    publicTypes: 'libs/membership/infrastructure/src/lib/public-events.ts',
    contractsDir: 'libs/contracts/src/membership',
    registry: 'MEMBERSHIP_EVENTS',
    subject: 'club-<clubId>',
    exhaustive: [
      {
        file: 'libs/membership/infrastructure/src/lib/club-directory.ts',
        map: /const PLACINGS: Placings = \{[\s\S]*?\n\};/,
        // The club's document takes the version; what else changes is the rule's to say.
        entry: (type) =>
          `'${type}': ({ sequence }, current) => current && { ...current, version: Number(sequence) },`,
      },
      samplesOf('clubId: CLUB'),
      ...contractLists('membership'),
    ],
  },
};

/** Đơn vị Hội: its stream is the bare unit id; a change needs the unit in the actor's scope. */
const unit: AggregateProfile = {
  context: 'organisation',
  aggregate: 'unit',
  domainDir: 'libs/organisation/domain/src/lib',
  idField: 'unitId',
  domainIndex: { file: 'libs/organisation/domain/src/index.ts', prefix: './lib' },
  evolveSwitch: 'first',
  notFound: 'UnitNotFoundError',
  decider: {
    expression: 'unitDecider(DEFAULT_UNIT_KIND_CATALOGUE)',
    imports: [
      "import { DEFAULT_UNIT_KIND_CATALOGUE } from './default-unit-kind-catalogue';",
      "import { unitDecider } from './unit.decider';",
    ],
  },
  notFoundCode: 'organisation.unit-not-found',
  absent: "state.status === 'not-established'",
  seedEvent: `{
  type: 'UnitEstablished',
  data: {
    unitId: ID,
    name: 'Chi hội 1',
    kind: 'branch',
    parentId: '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1',
    ancestorIds: ['00000000-0000-4000-8000-000000000001', '5b1d2f0e-0d6a-4c55-9e1c-0000000000a1'],
    establishedOn: '2019-01-01',
  },
}`,
  application: {
    resultType: 'UnitCommandResult',
    imports: [
      "import { authorise } from '../access';",
      "import type { UnitCommandResult } from '../ports';",
      "import { UnitWorkspace } from '../unit-workspace';",
    ],
    constructorParams: 'private readonly units: UnitWorkspace',
    execute: `const unit = await this.units.established(ID);
    authorise(actor, 'units:write', await this.units.path(unit));
    const outcome = await this.units.handle(ID, command, actor);
    return { id: ID, version: outcome.version };`,
  },
  spec: {
    imports: ["import { cityUnderTest, manager } from '../testing/units-under-test';"],
    setup: 'const t = await cityUnderTest();\n    const handler = new HANDLER(t.units);',
    existing: '',
    id: 't.branch1',
    streamId: 't.branch1',
    inScope: 'manager(t.kimMa)',
    outOfScope: 'manager(t.lang)',
  },
  api: {
    rpcController: 'libs/organisation/api/src/lib/unit-changes.rpc-controller.ts',
    resultType: 'UnitCommandResultDto',
    providers: 'libs/organisation/api/src/lib/organisation.module.ts',
    providersAnchor: /\n {8}UnitWorkspace,\n/,
  },
  operations: {
    file: 'libs/internal-api/src/lib/operations/unit-changes.operations.ts',
    list: 'unitChangeOperations',
    base: '...unitCommand',
    response: 'unitCommand.response',
    patternPrefix: 'organisation.units.',
    pathPrefix: '/api/v1/units/{id}/',
  },
  events: {
    allPublic: true,
    publicTypes: 'libs/organisation/infrastructure/src/lib/public-events.ts',
    contractsDir: 'libs/contracts/src/organisation',
    registry: 'ORGANISATION_EVENTS',
    subject: 'the unit id',
    exhaustive: [
      {
        // The unit view takes the version; what else it shows is the projection's to say.
        file: 'libs/projections/organisation/src/lib/unit-writes.ts',
        before: / {4}default:\s+return unreachable\(event\);/,
        entry: (type) => `case '${type}':\n      return [guarded(event, {})];`,
      },
      ...contractLists('organisation'),
    ],
  },
};

export const AGGREGATES: Readonly<Record<string, AggregateProfile>> = { club, unit, cadre };

// What the command generator knows of each aggregate: where its decider, use cases, RPC
// controller and declarations live, and how its handlers load, authorise and append. Another
// aggregate is one more entry here, once its decider has the shape below (commands, events and
// state in `<aggregate>.*.ts`, one `switch` in `decide` and one in `evolve`, each ending in
// `unreachable`).

/**
 * A map or list that names every public event of the context (a read model's, a test's): the
 * entry goes before the closing bracket of `map`, or after the last line matching `after`.
 */
export type PublicEventList = {
  readonly file: string;
  /** Its entry for the public `type` of the internal `event`. */
  readonly entry: (type: string, event: string) => string;
} & ({ readonly map: RegExp } | { readonly after: RegExp });

export interface AggregateProfile {
  readonly context: string;
  readonly aggregate: string;
  /** The folder of `<aggregate>.commands.ts`, `.events.ts`, `.state.ts`, `.decider.ts`, `.errors.ts`. */
  readonly domainDir: string;
  readonly idField: string;
  /** The error the generated rule throws when the stream is empty, and when it is. */
  readonly notFound: string;
  readonly notFoundCode: string;
  readonly absent: string;
  /** An event that brings the aggregate into being, `ID` being its id, for the decider test. */
  readonly seedEvent: string;
  readonly application: {
    readonly resultType: string;
    /** Imports of the handler, relative to its use-case folder. */
    readonly imports: readonly string[];
    readonly constructorParams: string;
    /** Its body: `command` is the domain command, `ID` the aggregate id, `actor` the actor. */
    readonly execute: string;
  };
  readonly spec: {
    readonly imports: readonly string[];
    /** Makes `t` (holding `t.store`) and `handler`, an aggregate `t.<idField>` of version 1. */
    readonly setup: string;
    readonly id: string;
    readonly streamId: string;
    readonly inScope: string;
    readonly outOfScope: string;
  };
  readonly api: {
    readonly rpcController: string;
    readonly providers: string;
    /** The provider after which the handler is listed. */
    readonly providersAnchor: RegExp;
  };
  readonly operations: {
    readonly file: string;
    readonly list: string;
    /** Spread into the declaration: service, scope, permissions, params `{ id }`. */
    readonly base: string;
    readonly response: string;
    readonly patternPrefix: string;
    readonly pathPrefix: string;
  };
  readonly events: {
    readonly publicTypes: string;
    readonly contractsDir: string;
    readonly registry: string;
    readonly subject: string;
    readonly exhaustive: readonly PublicEventList[];
  };
}

const club: AggregateProfile = {
  context: 'membership',
  aggregate: 'club',
  domainDir: 'libs/membership/domain/src/lib/clubs',
  idField: 'clubId',
  notFound: 'ClubNotFoundError',
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
    id: 't.club',
    streamId: '`club-${t.club}`',
    inScope: 'officer(WARD)',
    outOfScope: 'officer(OTHER_WARD)',
  },
  api: {
    rpcController: 'libs/membership/api/src/lib/clubs.rpc-controller.ts',
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
      {
        file: 'libs/membership/infrastructure/src/lib/public-events.unit.spec.ts',
        map: /const EVENTS: [^=]+= \[[\s\S]*?\n\];/,
        entry: (_type, event) => `{ type: '${event}', data: { clubId: CLUB } },`,
      },
      {
        file: 'libs/contracts/src/registry.unit.spec.ts',
        after: /\n {6}'vn\.vwu\.membership\.[^']+',/,
        entry: (type) => `'${type}',`,
      },
      {
        file: 'libs/contracts/src/json-schema/generate.unit.spec.ts',
        after: /\n {6}'schemas\/vn\.vwu\.membership\.[^']+',/,
        entry: (type) => `'schemas/${type}.schema.json',`,
      },
    ],
  },
};

export const AGGREGATES: Readonly<Record<string, AggregateProfile>> = { club };

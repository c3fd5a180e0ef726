// What the command generator knows of an aggregate: where its decider, use cases, RPC
// controller and declarations live, and how its handlers load, authorise and append. Another
// aggregate is one more entry in aggregates.ts, once its decider has the shape below (commands,
// events and state in `<aggregate>.*.ts`, a `switch` in `decide` and in `evolve`, each ending
// in `unreachable`).

/**
 * A map or list that names every public event of the context (a read model's, a test's): the
 * entry goes before the closing bracket of `map`, after the last match of `after`, or before the
 * first match of `before` (a case of an exhaustive `switch`).
 */
export type PublicEventList = {
  readonly file: string;
  /** Its entry for the public `type` of the internal `event`. */
  readonly entry: (type: string, event: string) => string;
} & ({ readonly map: RegExp } | { readonly after: RegExp } | { readonly before: RegExp });

export interface AggregateProfile {
  readonly context: string;
  readonly aggregate: string;
  /** What is left to do by hand for this aggregate, told after generating. */
  readonly note?: string;
  /** The folder of `<aggregate>.commands.ts`, `.events.ts`, `.state.ts`, `.decider.ts`, `.errors.ts`. */
  readonly domainDir: string;
  readonly idField: string;
  /** The index that exports the domain's files, and its path to the domain folder. */
  readonly domainIndex: { readonly file: string; readonly prefix: string };
  /** Which `switch` of the state file takes the new event: the first (or only) or the last. */
  readonly evolveSwitch: 'first' | 'last';
  /** The error the generated rule throws when the stream is empty, and when it is. */
  readonly notFound: string;
  /** The decider as the decider test builds it, and the imports that takes. */
  readonly decider: { readonly expression: string; readonly imports: readonly string[] };
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
    /** Makes `t` (holding `t.store`) and `handler`. */
    readonly setup: string;
    /** Makes the aggregate `id` names, at version 1 (empty if `setup` made it). */
    readonly existing: string;
    readonly id: string;
    readonly streamId: string;
    readonly inScope: string;
    readonly outOfScope: string;
  };
  readonly api: {
    readonly rpcController: string;
    /** What the RPC method answers (the application's result type, or its DTO). */
    readonly resultType: string;
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
    /** Every internal event is public (the mapper has no `null`): `--publish` is implied. */
    readonly allPublic?: true;
    readonly publicTypes: string;
    readonly contractsDir: string;
    readonly registry: string;
    readonly subject: string;
    readonly exhaustive: readonly PublicEventList[];
  };
}

/** The contracts' tests list every public event of a context, in order. */
export function contractLists(context: string): PublicEventList[] {
  return [
    {
      file: 'libs/contracts/src/registry.unit.spec.ts',
      after: new RegExp(`\\n {6}'vn\\.vwu\\.${context}\\.[^']+',`),
      entry: (type) => `'${type}',`,
    },
    {
      file: 'libs/contracts/src/json-schema/generate.unit.spec.ts',
      after: new RegExp(`\\n {6}'schemas/vn\\.vwu\\.${context}\\.[^']+',`),
      entry: (type) => `'schemas/${type}.schema.json',`,
    },
  ];
}

import { formatFiles, logger, type Tree } from '@nx/devkit';
import { addImport, addToUnion, appendLine, editAt, insertAfter, insertBefore } from '../edit.ts';
import { camel, constant, kebab, pascal, words } from '../names.ts';
import { AGGREGATES, type AggregateProfile } from './aggregates.ts';
import * as t from './templates.ts';

export interface CommandOptions {
  readonly context: string;
  readonly aggregate: string;
  readonly name: string;
  readonly event: string;
  readonly method?: 'post' | 'put' | 'patch' | 'delete';
  readonly path?: string;
  readonly permission?: string;
  readonly summary?: string;
  readonly publish?: boolean;
}

/**
 * `nx g @vwu/tools:command`: a command of an existing aggregate, from its declaration to its
 * RPC binding. It writes the files to fill in (the rule and its test, the handler and its spec,
 * the declaration, the contract) and wires the rest (unions, switches, providers, lists).
 */
export default async function commandGenerator(tree: Tree, options: CommandOptions) {
  const profile = AGGREGATES[options.aggregate];
  if (profile?.context !== options.context)
    throw new Error(
      `no aggregate ${options.aggregate} in ${options.context}: known are ${Object.values(
        AGGREGATES,
      )
        .map((a) => `${a.context}/${a.aggregate}`)
        .join(', ')} (tools/generators/command/aggregates.ts)`,
    );
  const names = namesOf(options);
  const route = routeOf(profile, options);
  domain(tree, profile, names);
  application(tree, profile, names);
  declare(tree, profile, names, route);
  bind(tree, profile, names);
  publicEvent(tree, profile, names, options.publish === true || profile.events.allPublic === true);
  await formatFiles(tree);
  if (profile.note !== undefined) logger.warn(profile.note);
}

function namesOf(options: CommandOptions): t.CommandNames {
  const event = pascal(options.event);
  return {
    file: kebab(options.name),
    type: pascal(options.name),
    fn: camel(options.name),
    event,
    eventFile: kebab(event),
    eventConst: `${constant(event)}_V1`,
    summary: options.summary ?? `${pascal(options.name)}.`,
  };
}

function routeOf(profile: AggregateProfile, options: CommandOptions): t.Route {
  const verb = words(options.name)[0] ?? options.name;
  const path = options.path ?? `${profile.operations.pathPrefix}${verb}`;
  if (!path.includes('{id}')) throw new Error(`the path ${path} must name the aggregate's {id}`);
  return { method: options.method ?? 'post', path, permission: options.permission };
}

const EVOLVE_DEFAULT = / {4}default:\s+return unreachable\(event\);/;

function domain(tree: Tree, p: AggregateProfile, n: t.CommandNames) {
  const dir = p.domainDir;
  const A = pascal(p.aggregate);
  tree.write(`${dir}/${n.file}.ts`, t.domainRule(p, n));
  tree.write(`${dir}/${n.file}.unit.spec.ts`, t.domainSpec(p, n));
  const commands = `${dir}/${p.aggregate}.commands.ts`;
  addImport(tree, commands, `./${n.file}`, [`type ${n.type}`]);
  addToUnion(tree, commands, `${A}Command`, n.type);
  const events = `${dir}/${p.aggregate}.events.ts`;
  addImport(tree, events, `./${n.file}`, [`type ${n.event}`]);
  addToUnion(tree, events, `${A}Event`, n.event);
  const decider = `${dir}/${p.aggregate}.decider.ts`;
  addImport(tree, decider, `./${n.file}`, [n.fn]);
  insertBefore(
    tree,
    decider,
    / {4}default:\s+return unreachable\(command\);/,
    `    case '${n.type}':\n      return ${n.fn}(command, state);\n`,
  );
  // A new event changes nothing of the state until its rule says what it does.
  insertBefore(
    tree,
    `${dir}/${p.aggregate}.state.ts`,
    p.evolveSwitch === 'last' ? { last: EVOLVE_DEFAULT } : EVOLVE_DEFAULT,
    `    case '${n.event}':\n      return state;\n`,
  );
  const { file: index, prefix } = p.domainIndex;
  appendLine(tree, index, `export * from '${prefix}/${n.file}';`);
}

function application(tree: Tree, p: AggregateProfile, n: t.CommandNames) {
  const lib = `libs/${p.context}/application/src`;
  const dir = `${lib}/lib/${n.file}`;
  tree.write(`${dir}/${n.file}.command.ts`, t.applicationCommand(p, n));
  tree.write(`${dir}/${n.file}.handler.ts`, t.applicationHandler(p, n));
  tree.write(`${dir}/${n.file}.handler.unit.spec.ts`, t.applicationSpec(p, n));
  appendLine(tree, `${lib}/index.ts`, `export * from './lib/${n.file}/${n.file}.command';`);
  appendLine(tree, `${lib}/index.ts`, `export * from './lib/${n.file}/${n.file}.handler';`);
}

function declare(tree: Tree, p: AggregateProfile, n: t.CommandNames, route: t.Route) {
  const file = p.operations.file;
  if (route.method !== 'delete') addImport(tree, file, 'zod', ['z']);
  insertBefore(
    tree,
    file,
    new RegExp(`\\nexport const ${p.operations.list} = \\[`),
    t.declaration(p, n, route),
  );
  editAt(tree, file, new RegExp(`export const ${p.operations.list} = \\[[^\\]]*\\]`), (list) =>
    list.replace(/,?\s*\]$/, `, ${n.fn}]`),
  );
}

function bind(tree: Tree, p: AggregateProfile, n: t.CommandNames) {
  const { rpcController, providers, providersAnchor } = p.api;
  addImport(tree, rpcController, '@vwu/internal-api', [n.fn]);
  addImport(tree, rpcController, `@vwu/${p.context}-application`, [`${n.type}Command`]);
  insertBefore(tree, rpcController, /\n\}\s*$/, t.rpcMethod(p, n));
  addImport(tree, providers, `@vwu/${p.context}-application`, [`${n.type}Handler`]);
  insertAfter(tree, providers, providersAnchor, `    ${n.type}Handler,\n`);
}

function publicEvent(tree: Tree, p: AggregateProfile, n: t.CommandNames, publish: boolean) {
  const types = p.events.publicTypes;
  const entry = `\n  ${n.event}: ${publish ? n.eventConst : 'null'},`;
  editAt(tree, types, /const PUBLIC_TYPES[^;]*?\n\};/, (map) =>
    map.replace(/\n\};$/, `${entry}\n};`),
  );
  if (!publish) return;
  addImport(tree, types, '@vwu/contracts', [n.eventConst]);
  const dir = p.events.contractsDir;
  tree.write(`${dir}/${n.eventFile}.v1.ts`, t.contract(p, n));
  const index = `${dir}/index.ts`;
  addImport(tree, index, `./${n.eventFile}.v1`, [n.eventConst, `${n.event}V1`]);
  insertAfter(
    tree,
    index,
    /export \* from '[^']+';\n(?!export \*)/,
    `export * from './${n.eventFile}.v1';\n`,
  );
  insertBefore(tree, index, { last: /\n\} as const;/ }, `\n  [${n.eventConst}]: ${n.event}V1,`);
  const type = `vn.vwu.${p.context}.${n.event}.v1`;
  for (const list of p.events.exhaustive) {
    const line = list.entry(type, n.event);
    if ('after' in list) insertAfter(tree, list.file, { last: list.after }, `\n      ${line}`);
    else if ('before' in list) insertBefore(tree, list.file, list.before, `    ${line}\n`);
    else editAt(tree, list.file, list.map, (map) => map.replace(/\n(\}|\]);$/, `\n  ${line}\n$1;`));
  }
}

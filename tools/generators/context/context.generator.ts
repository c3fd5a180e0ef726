import { formatFiles, updateJson, type Tree } from '@nx/devkit';
import {
  addImport,
  addToUnion,
  appendLine,
  editAt,
  insertAfter,
  insertBefore,
  read,
} from '../edit.ts';
import { constant, kebab, pascal } from '../names.ts';
import * as t from './templates.ts';

export interface ContextOptions {
  readonly name: string;
  readonly colour?: number;
}

const PLATFORM = 'tools/platform.ts';
const OPERATIONS = 'libs/internal-api/src/lib/operations';
const GATEWAY = 'libs/gateway/api/src/lib';

/**
 * `nx g @vwu/tools:context`: a bounded context with its four libs and its service, started by
 * `npm start` (tools/platform.ts), in docker-compose and k8s/base, reached by the gateway.
 */
export default async function contextGenerator(tree: Tree, options: ContextOptions) {
  const names = namesOf(tree, options.name);
  if (tree.exists(`libs/${names.name}`)) throw new Error(`libs/${names.name} exists already`);
  if (!read(tree, 'libs/contracts/src/topics.ts').includes(`  ${names.name}: 'vwu.`))
    throw new Error(`TOPICS (libs/contracts/src/topics.ts) has no topic for ${names.name}`);
  libs(tree, names);
  app(tree, names);
  platform(tree, names, options.colour ?? 34);
  deployment(tree, names);
  operations(tree, names);
  gateway(tree, names);
  await formatFiles(tree, { sortRootTsconfigPaths: false });
}

/** Its ports follow the last service's in tools/platform.ts: base + 101…, base + 1101…. */
function namesOf(tree: Tree, given: string): t.ContextNames {
  const name = kebab(given);
  const taken = [...read(tree, PLATFORM).matchAll(/base \+ 11(\d\d)/g)].map((m) => Number(m[1]));
  const next = Math.max(0, ...taken) + 1;
  return { name, Name: pascal(name), NAME: constant(name), http: 3100 + next, rpc: 4100 + next };
}

function libs(tree: Tree, n: t.ContextNames) {
  for (const layer of t.LAYERS) {
    const root = `libs/${n.name}/${layer}`;
    tree.write(`${root}/project.json`, t.projectJson(n, layer));
    tree.write(`${root}/src/index.ts`, t.libIndex(n, layer));
  }
  tree.write(`libs/${n.name}/infrastructure/src/lib/public-events.ts`, t.publicEvents(n));
  tree.write(`libs/${n.name}/api/src/lib/${n.name}.module.ts`, t.apiModule(n));
  type TsConfig = { compilerOptions: { paths: Record<string, string[]> } };
  updateJson<TsConfig>(tree, 'tsconfig.base.json', (json) => {
    for (const layer of t.LAYERS)
      json.compilerOptions.paths[`@vwu/${n.name}-${layer}`] = [
        `libs/${n.name}/${layer}/src/index.ts`,
      ];
    return json;
  });
}

/** The service app: its shape and Dockerfile are organisation-service's, without the root unit. */
function app(tree: Tree, n: t.ContextNames) {
  const root = `apps/${n.name}-service`;
  tree.write(`${root}/project.json`, t.appProjectJson(n));
  tree.write(`${root}/src/main.ts`, t.main(n));
  tree.write(`${root}/src/app.module.ts`, t.appModule(n));
  tree.write(`${root}/Dockerfile`, renamed(read(tree, 'apps/organisation-service/Dockerfile'), n));
}

function renamed(text: string, n: t.ContextNames): string {
  return text
    .replaceAll('organisation-service', `${n.name}-service`)
    .replaceAll('3101', `${n.http}`)
    .replaceAll('4101', `${n.rpc}`);
}

function platform(tree: Tree, n: t.ContextNames, colour: number) {
  const slot = n.rpc - 4100;
  // Either layout prettier gives these objects: on one line, or one entry a line.
  insertBefore(tree, PLATFORM, /\s+gateway: 33\b/, ` ${n.name}: ${colour},`);
  editAt(tree, PLATFORM, /const rpc = \{[^}]*\}/, (rpc) =>
    rpc.replace(/,?\s*\}$/, `, ${n.name}: base + ${1100 + slot} }`),
  );
  const env = `    ${n.name}: {
      HTTP_PORT: \`\${base + ${100 + slot}}\`,
      RPC_PORT: \`\${rpc.${n.name}}\`,
      MONGO_DB: \`\${ns}vwu_${n.name}\`,
      KAFKA_TOPIC_PREFIX: ns,
    },
`;
  insertBefore(tree, PLATFORM, / {4}gateway: \{\n/, env);
  insertAfter(
    tree,
    PLATFORM,
    /\n {6}MEMBERSHIP_SERVICE_PORT: [^\n]+/,
    `\n      ${n.NAME}_SERVICE_PORT: \`\${rpc.${n.name}}\`,`,
  );
  insertBefore(
    tree,
    PLATFORM,
    / {2}gateway: 'dist\//,
    `  ${n.name}: 'dist/apps/${n.name}-service/src/main.js',\n`,
  );
}

function deployment(tree: Tree, n: t.ContextNames) {
  const compose = 'docker-compose.yml';
  insertBefore(tree, compose, / {2}api-gateway:\n/, t.composeService(n));
  insertAfter(
    tree,
    compose,
    /\n {6}MEMBERSHIP_SERVICE_HOST: membership-service/,
    `\n      ${n.NAME}_SERVICE_HOST: ${n.name}-service`,
  );
  insertAfter(
    tree,
    compose,
    /\n {6}membership-service: \{ condition: service_healthy \}/,
    `\n      ${n.name}-service: { condition: service_healthy }`,
  );
  const k8s = 'k8s/base';
  tree.write(
    `${k8s}/${n.name}-service.yaml`,
    renamed(read(tree, `${k8s}/organisation-service.yaml`), n),
  );
  insertAfter(
    tree,
    `${k8s}/kustomization.yaml`,
    /\n {2}- membership-service\.yaml/,
    `\n  - ${n.name}-service.yaml`,
  );
  insertAfter(
    tree,
    `${k8s}/config.yaml`,
    /\n {2}MEMBERSHIP_SERVICE_HOST: membership-service/,
    `\n  ${n.NAME}_SERVICE_HOST: ${n.name}-service`,
  );
}

function operations(tree: Tree, n: t.ContextNames) {
  tree.write(`${OPERATIONS}/${n.name}.operations.ts`, t.operations(n));
  appendLine(
    tree,
    'libs/internal-api/src/index.ts',
    `export * from './lib/operations/${n.name}.operations';`,
  );
  const publicOperations = `${OPERATIONS}/public-operations.ts`;
  addImport(tree, publicOperations, `./${n.name}.operations`, [`${n.name}Operations`]);
  insertBefore(tree, publicOperations, /\n\};/, `\n  ${n.Name}: ${n.name}Operations,`);
  addToUnion(tree, `${OPERATIONS}/operation.ts`, 'Service', `'${n.name}'`);
}

/** The gateway's client of the service, its address and its place in the gateway's /ready. */
function gateway(tree: Tree, n: t.ContextNames) {
  const symbol = `${n.NAME}_SERVICE`;
  const upstream = `${GATEWAY}/upstream.ts`;
  insertAfter(
    tree,
    upstream,
    /\nexport const MEMBERSHIP_SERVICE = [^\n]+/,
    `\nexport const ${symbol} = Symbol('${symbol}');`,
  );
  insertAfter(
    tree,
    upstream,
    /\n {4}@Inject\(MEMBERSHIP_SERVICE\)[^\n]+/,
    `\n    @Inject(${symbol}) readonly ${n.name}: ClientProxy,`,
  );
  const module = `${GATEWAY}/gateway.module.ts`;
  addImport(tree, module, './upstream', [symbol]);
  insertAfter(
    tree,
    module,
    /\n {2}readonly membership: Endpoint;/,
    `\n  readonly ${n.name}: Endpoint;`,
  );
  insertAfter(
    tree,
    module,
    /\n[^\n]*name: MEMBERSHIP_SERVICE, [^\n]+/,
    `\n          { name: ${symbol}, transport: Transport.TCP, options: options.${n.name} },`,
  );
  editAt(tree, `${GATEWAY}/gateway-health.controller.ts`, /const SERVICES = \[[^\]]*\]/, (list) =>
    list.replace(/\]$/, `, '${n.name}']`),
  );
  const main = 'apps/api-gateway/src/main.ts';
  insertAfter(
    tree,
    main,
    /\n {2}MEMBERSHIP_SERVICE_PORT: [^\n]+/,
    `\n  ${symbol}_HOST: z.string().default('127.0.0.1'),\n  ${symbol}_PORT: port.default(${n.rpc}),`,
  );
  insertAfter(
    tree,
    main,
    /\n {6}membership: \{ host: [^\n]+/,
    `\n      ${n.name}: { host: env.${symbol}_HOST, port: env.${symbol}_PORT },`,
  );
}

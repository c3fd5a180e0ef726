import type { Tree } from '@nx/devkit';
import { read } from '../edit.ts';
import { seededTree } from '../seeded-tree.ts';
import contextGenerator from './context.generator.ts';

const OPERATIONS = 'libs/internal-api/src/lib/operations';
const GATEWAY = 'libs/gateway/api/src/lib';
const EDITED = [
  'tsconfig.base.json',
  'libs/contracts/src/topics.ts',
  'apps/organisation-service/Dockerfile',
  'tools/platform.ts',
  'docker-compose.yml',
  'k8s/base/organisation-service.yaml',
  'k8s/base/kustomization.yaml',
  'k8s/base/config.yaml',
  'libs/internal-api/src/index.ts',
  `${OPERATIONS}/public-operations.ts`,
  `${OPERATIONS}/operation.ts`,
  `${GATEWAY}/upstream.ts`,
  `${GATEWAY}/gateway.module.ts`,
  `${GATEWAY}/gateway-health.controller.ts`,
  'apps/api-gateway/src/main.ts',
];

async function dialogue(): Promise<Tree> {
  const tree = seededTree(EDITED);
  await contextGenerator(tree, { name: 'dialogue' });
  return tree;
}

describe('nx g @vwu/tools:context', () => {
  it('makes its four libs, tagged and aliased like membership’s', async () => {
    const tree = await dialogue();
    const paths = JSON.parse(read(tree, 'tsconfig.base.json')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    for (const layer of ['domain', 'application', 'infrastructure', 'api']) {
      const project = JSON.parse(read(tree, `libs/dialogue/${layer}/project.json`)) as {
        name: string;
        tags: string[];
      };
      expect(project).toMatchObject({
        name: `dialogue-${layer}`,
        tags: ['scope:dialogue', `type:${layer}`],
      });
      expect(paths.compilerOptions.paths[`@vwu/dialogue-${layer}`]).toEqual([
        `libs/dialogue/${layer}/src/index.ts`,
      ]);
    }
    expect(paths.compilerOptions.paths['@vwu/membership-api']).toBeDefined();
    expect(read(tree, 'libs/dialogue/api/src/lib/dialogue.module.ts')).toContain(
      'export class DialogueModule',
    );
  });

  it('makes its service on the next ports, with the Dockerfile of the others', async () => {
    const tree = await dialogue();
    const main = read(tree, 'apps/dialogue-service/src/main.ts');
    expect(main).toContain("MONGO_DB: 'vwu_dialogue'");
    expect(main).toContain("HTTP_PORT: '3105'");
    expect(main).toContain("RPC_PORT: '4105'");
    expect(read(tree, 'apps/dialogue-service/src/app.module.ts')).toContain('TOPICS.dialogue');
    const dockerfile = read(tree, 'apps/dialogue-service/Dockerfile');
    expect(dockerfile).toContain('EXPOSE 3105 4105');
    expect(dockerfile).toContain('dist/apps/dialogue-service/src/main.js');
    expect(dockerfile).not.toContain('organisation');
  });

  it('has npm start run it, compose and k8s deploy it, and the gateway reach it', async () => {
    const tree = await dialogue();
    const platform = read(tree, 'tools/platform.ts');
    expect(platform).toContain('dialogue: base + 1105');
    expect(platform).toContain('DIALOGUE_SERVICE_PORT: `${rpc.dialogue}`');
    expect(platform).toContain("dialogue: 'dist/apps/dialogue-service/src/main.js'");
    expect(platform).toMatch(/dialogue: \{\s+HTTP_PORT: `\$\{base \+ 105\}`/);
    const compose = read(tree, 'docker-compose.yml');
    expect(compose).toContain('dockerfile: apps/dialogue-service/Dockerfile');
    expect(compose).toContain('DIALOGUE_SERVICE_HOST: dialogue-service');
    expect(compose).toContain('dialogue-service: { condition: service_healthy }');
    expect(read(tree, 'k8s/base/kustomization.yaml')).toContain('- dialogue-service.yaml');
    expect(read(tree, 'k8s/base/dialogue-service.yaml')).toContain('containerPort: 4105');
    expect(read(tree, `${GATEWAY}/upstream.ts`)).toContain(
      '@Inject(DIALOGUE_SERVICE) readonly dialogue: ClientProxy,',
    );
    expect(read(tree, `${GATEWAY}/gateway.module.ts`)).toContain('options: options.dialogue');
    expect(read(tree, `${GATEWAY}/gateway-health.controller.ts`)).toContain("'dialogue']");
    expect(read(tree, 'apps/api-gateway/src/main.ts')).toContain(
      'DIALOGUE_SERVICE_PORT: port.default(4105)',
    );
  });

  it('gives it an operations file, listed in PUBLIC_OPERATIONS, and a Service name', async () => {
    const tree = await dialogue();
    expect(read(tree, `${OPERATIONS}/dialogue.operations.ts`)).toContain(
      'export const dialogueOperations = [] as const;',
    );
    expect(read(tree, `${OPERATIONS}/public-operations.ts`)).toContain(
      'Dialogue: dialogueOperations,',
    );
    expect(read(tree, `${OPERATIONS}/operation.ts`)).toMatch(/Service =[^;]*\| 'dialogue';/);
  });

  it('refuses a context without a topic, and one that exists', async () => {
    await expect(contextGenerator(seededTree(EDITED), { name: 'payroll' })).rejects.toThrow(
      /no topic for payroll/,
    );
    const tree = await dialogue();
    await expect(contextGenerator(tree, { name: 'dialogue' })).rejects.toThrow(/exists already/);
  });
});

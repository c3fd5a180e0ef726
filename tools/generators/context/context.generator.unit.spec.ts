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

async function training(): Promise<Tree> {
  const tree = seededTree(EDITED);
  await contextGenerator(tree, { name: 'training' });
  return tree;
}

describe('nx g @vwu/tools:context', () => {
  it('makes its four libs, tagged and aliased like membership’s', async () => {
    const tree = await training();
    const paths = JSON.parse(read(tree, 'tsconfig.base.json')) as {
      compilerOptions: { paths: Record<string, string[]> };
    };
    for (const layer of ['domain', 'application', 'infrastructure', 'api']) {
      const project = JSON.parse(read(tree, `libs/training/${layer}/project.json`)) as {
        name: string;
        tags: string[];
      };
      expect(project).toMatchObject({
        name: `training-${layer}`,
        tags: ['scope:training', `type:${layer}`],
      });
      expect(paths.compilerOptions.paths[`@vwu/training-${layer}`]).toEqual([
        `libs/training/${layer}/src/index.ts`,
      ]);
    }
    expect(paths.compilerOptions.paths['@vwu/membership-api']).toBeDefined();
    expect(read(tree, 'libs/training/api/src/lib/training.module.ts')).toContain(
      'export class TrainingModule',
    );
  });

  it('makes its service on the next ports, with the Dockerfile of the others', async () => {
    const tree = await training();
    const main = read(tree, 'apps/training-service/src/main.ts');
    expect(main).toContain("MONGO_DB: 'vwu_training'");
    expect(main).toContain("HTTP_PORT: '3104'");
    expect(main).toContain("RPC_PORT: '4104'");
    expect(read(tree, 'apps/training-service/src/app.module.ts')).toContain('TOPICS.training');
    const dockerfile = read(tree, 'apps/training-service/Dockerfile');
    expect(dockerfile).toContain('EXPOSE 3104 4104');
    expect(dockerfile).toContain('dist/apps/training-service/src/main.js');
    expect(dockerfile).not.toContain('organisation');
  });

  it('has npm start run it, compose and k8s deploy it, and the gateway reach it', async () => {
    const tree = await training();
    const platform = read(tree, 'tools/platform.ts');
    expect(platform).toContain('training: base + 1104');
    expect(platform).toContain('TRAINING_SERVICE_PORT: `${rpc.training}`');
    expect(platform).toContain("training: 'dist/apps/training-service/src/main.js'");
    expect(platform).toMatch(/training: \{\s+HTTP_PORT: `\$\{base \+ 104\}`/);
    const compose = read(tree, 'docker-compose.yml');
    expect(compose).toContain('dockerfile: apps/training-service/Dockerfile');
    expect(compose).toContain('TRAINING_SERVICE_HOST: training-service');
    expect(compose).toContain('training-service: { condition: service_healthy }');
    expect(read(tree, 'k8s/base/kustomization.yaml')).toContain('- training-service.yaml');
    expect(read(tree, 'k8s/base/training-service.yaml')).toContain('containerPort: 4104');
    expect(read(tree, `${GATEWAY}/upstream.ts`)).toContain(
      '@Inject(TRAINING_SERVICE) readonly training: ClientProxy,',
    );
    expect(read(tree, `${GATEWAY}/gateway.module.ts`)).toContain('options: options.training');
    expect(read(tree, `${GATEWAY}/gateway-health.controller.ts`)).toContain("'training']");
    expect(read(tree, 'apps/api-gateway/src/main.ts')).toContain(
      'TRAINING_SERVICE_PORT: port.default(4104)',
    );
  });

  it('gives it an operations file, listed in PUBLIC_OPERATIONS, and a Service name', async () => {
    const tree = await training();
    expect(read(tree, `${OPERATIONS}/training.operations.ts`)).toContain(
      'export const trainingOperations = [] as const;',
    );
    expect(read(tree, `${OPERATIONS}/public-operations.ts`)).toContain(
      'Training: trainingOperations,',
    );
    expect(read(tree, `${OPERATIONS}/operation.ts`)).toMatch(/Service =[^;]*\| 'training';/);
  });

  it('refuses a context without a topic, and one that exists', async () => {
    await expect(contextGenerator(seededTree(EDITED), { name: 'payroll' })).rejects.toThrow(
      /no topic for payroll/,
    );
    const tree = await training();
    await expect(contextGenerator(tree, { name: 'training' })).rejects.toThrow(/exists already/);
  });
});

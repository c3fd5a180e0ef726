// Three tiers by file suffix (STYLE.md): unit needs nothing; int and e2e talk to a real Kafka and
// a real MongoDB-compatible store, which the shared global setup provisions through the provider
// chain (tools/infra) once per run and stops afterwards if it started them.
const { readFileSync } = require('node:fs');

const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2023',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

/** tsconfig.base.json path aliases → jest moduleNameMapper, so tests import libs as apps do. */
function aliases() {
  const { compilerOptions } = JSON.parse(readFileSync(`${__dirname}/tsconfig.base.json`, 'utf8'));
  return Object.fromEntries(
    Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
      `^${alias.replace(/[/\\^$+?.()|[\]{}]/g, '\\$&')}$`,
      `<rootDir>/${target}`,
    ]),
  );
}

const INFRA_SETUP = '<rootDir>/libs/platform/testing/src/jest/global-setup.ts';
const INFRA_TEARDOWN = '<rootDir>/libs/platform/testing/src/jest/global-teardown.ts';

function tier(name, suffix, extra = {}) {
  return {
    displayName: name,
    rootDir: __dirname,
    roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools'],
    testMatch: [`**/*.${suffix}.spec.ts`],
    testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.infra/'],
    transform: { '^.+\\.ts$': ['@swc/jest', swc] },
    moduleNameMapper: aliases(),
    testEnvironment: 'node',
    ...extra,
  };
}

module.exports = {
  projects: [
    tier('unit', 'unit'),
    tier('int', 'int', {
      globalSetup: INFRA_SETUP,
      globalTeardown: INFRA_TEARDOWN,
      slowTestThreshold: 30,
    }),
    tier('e2e', 'e2e', {
      globalSetup: INFRA_SETUP,
      globalTeardown: INFRA_TEARDOWN,
      slowTestThreshold: 60,
    }),
  ],
  testTimeout: 60_000,
};

// ESLint flat config: typescript-eslint with type information, Nx module boundaries, Prettier.
// Layer and context rules live here so that a wrong import fails `npm run lint`, not a review.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import { readFileSync } from 'node:fs';

const INFRA_PACKAGES = ['@nestjs/*', 'mongoose', 'mongodb', 'kafkajs', 'testcontainers', 'rxjs'];
/**
 * Nest in a use case: dependency injection and the CQRS handlers (the fixed stack), nothing else.
 * Every other Nest package installed (transports, HTTP platform, core, testing, and any added
 * later) is the api's or the infrastructure's; a use case needing one declares a port instead.
 */
const APPLICATION_NEST = ['@nestjs/common', '@nestjs/cqrs'];
const { dependencies = {}, devDependencies = {} } = JSON.parse(
  readFileSync(`${import.meta.dirname}/package.json`, 'utf8'),
);
const APPLICATION_BANNED_NEST = Object.keys({ ...dependencies, ...devDependencies }).filter(
  (name) => name.startsWith('@nestjs/') && !APPLICATION_NEST.includes(name),
);

/** Which layer may depend on which (STYLE.md, "Layout"). */
const layerConstraints = [
  {
    // The public event contracts (zod only) lend the domain their types: an internal event's data
    // is its v1 contract's where they coincide. Other contracts (internal-api: HTTP) it never sees.
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: ['type:domain', 'contracts:public-events'],
    bannedExternalImports: INFRA_PACKAGES,
  },
  {
    sourceTag: 'type:contracts',
    onlyDependOnLibsWithTags: ['type:contracts'],
    allowedExternalImports: ['zod'],
  },
  {
    // Use cases reach the store and the broker through ports (abstract classes) only; Nest's
    // dependency injection and CQRS decorators are the one framework they know. They raise
    // problems through @vwu/platform-problems and never see the HTTP edge that renders them.
    sourceTag: 'type:application',
    onlyDependOnLibsWithTags: ['type:domain', 'type:contracts', 'type:platform', 'type:util'],
    notDependOnLibsWithTags: ['transport:http'],
    bannedExternalImports: INFRA_PACKAGES.filter((p) => p !== '@nestjs/*').concat(
      APPLICATION_BANNED_NEST,
    ),
  },
  {
    sourceTag: 'type:infrastructure',
    onlyDependOnLibsWithTags: [
      'type:application',
      'type:domain',
      'type:contracts',
      'type:platform',
      'type:util',
    ],
  },
  {
    // The context's Nest module, in api, wires the infrastructure's adapters to the ports.
    sourceTag: 'type:api',
    onlyDependOnLibsWithTags: [
      'type:infrastructure',
      'type:application',
      'type:domain',
      'type:contracts',
      'type:platform',
      'type:util',
    ],
  },
  {
    sourceTag: 'type:platform',
    onlyDependOnLibsWithTags: ['type:platform', 'type:domain', 'type:contracts', 'type:util'],
  },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: [
      'type:platform',
      'type:domain',
      'type:contracts',
      'type:util',
      'type:testing',
      'type:infrastructure',
      'type:application',
    ],
  },
  {
    // Tooling (infra provisioning, benchmarks, generators) drives the system from outside.
    sourceTag: 'type:tooling',
    onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:contracts', 'type:util'],
  },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:api',
      'type:application',
      'type:infrastructure',
      'type:domain',
      'type:contracts',
      'type:platform',
      'type:util',
    ],
  },
];

function withTesting(constraint) {
  return constraint.onlyDependOnLibsWithTags
    ? {
        ...constraint,
        onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'],
      }
    : constraint;
}

/** A context reaches another context only through that context's public contracts. */
const CONTEXTS = ['organisation', 'membership', 'training', 'dialogue', 'projections', 'gateway'];
const scopeConstraints = [
  ...CONTEXTS.map((context) => ({
    sourceTag: `scope:${context}`,
    onlyDependOnLibsWithTags: [`scope:${context}`, 'scope:platform', 'type:contracts'],
  })),
  { sourceTag: 'scope:platform', onlyDependOnLibsWithTags: ['scope:platform', 'scope:contracts'] },
  { sourceTag: 'scope:contracts', onlyDependOnLibsWithTags: ['scope:contracts'] },
  { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['scope:platform', 'scope:contracts'] },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.infra/**',
      '.nx/**',
      'tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
        // Nest injects by constructor parameter types: those imports must stay value imports.
        emitDecoratorMetadata: true,
        experimentalDecorators: true,
      },
    },
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [...layerConstraints, ...scopeConstraints],
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }],
      complexity: ['error', 8],
      'max-params': ['error', 4],
      'no-console': 'error',
    },
  },
  {
    // The domain is pure: no Node built-ins either (time, ids and randomness arrive in commands).
    files: ['libs/**/domain/**/*.ts', 'libs/platform/decider/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'crypto', 'os', 'child_process', ...INFRA_PACKAGES],
              message:
                'The domain is pure TypeScript: pass time, ids and I/O results in through commands.',
            },
            {
              group: ['@vwu/contracts', 'zod'],
              allowTypeImports: true,
              message: 'The domain takes types only from the contracts: `import type`, no zod.',
            },
          ],
        },
      ],
    },
  },
  {
    // Contracts are read by every context and by analytics consumers: zod only (the script that
    // writes schemas/ and its file helper excepted).
    files: ['libs/contracts/src/**/*.ts'],
    ignores: [
      '**/*.spec.ts',
      'libs/contracts/src/bin/**',
      'libs/contracts/src/json-schema/contract-files.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', ...INFRA_PACKAGES],
              message: 'libs/contracts depends on zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tools are command-line programs: they talk to the terminal.
    files: ['tools/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests of any layer may use the shared test helpers (type:testing); so may the e2e specs'
    // own helpers beside them.
    files: ['**/*.spec.ts', 'apps/*/e2e/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [...layerConstraints.map(withTesting), ...scopeConstraints],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: {
        module: 'readonly',
        require: 'readonly',
        __dirname: 'readonly',
        process: 'readonly',
      },
    },
    rules: {
      ...tseslint.configs.disableTypeChecked.rules,
      '@typescript-eslint/no-require-imports': 'off',
      'max-lines': 'off',
    },
  },
  prettier,
);

import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// The layer rules of STYLE.md hold because lint fails on a wrong import, not because of review.
// Probe files are written into the decider lib (type:domain, scope:platform) and into an
// application lib, and linted by the real `eslint` with the repository's config, in one run.
const root = join(__dirname, '../..');
const probeDir = join(root, `libs/platform/decider/src/lib/boundary-probes-${process.pid}`);
const useCaseDir = join(
  root,
  `libs/organisation/application/src/lib/boundary-probes-${process.pid}`,
);

/** A use case reaches the store and the broker through ports; CQRS decorators it may use. */
const useCaseProbes = {
  'use-case-mongoose': "import mongoose from 'mongoose';\nexport const m = mongoose;\n",
  'use-case-kafkajs': "import { Kafka } from 'kafkajs';\nexport const k = Kafka;\n",
  'use-case-transport':
    "import { ClientProxy } from '@nestjs/microservices';\nexport type C = ClientProxy;\n",
  'use-case-nest-core':
    "import { NestFactory } from '@nestjs/core';\nexport const f = NestFactory;\n",
  'use-case-cqrs':
    "import { CommandHandler } from '@nestjs/cqrs';\nexport const h = CommandHandler;\n",
  'use-case-http': "import { parseBody } from '@vwu/platform-http';\nexport const p = parseBody;\n",
  'use-case-problems':
    "import { ProblemError } from '@vwu/platform-problems';\nexport const e = ProblemError;\n",
} as const;

const probes = {
  mongoose: "import mongoose from 'mongoose';\nexport const m = mongoose;\n",
  kafkajs: "import { Kafka } from 'kafkajs';\nexport const k = Kafka;\n",
  nest: "import { Module } from '@nestjs/common';\nexport const n = Module;\n",
  node: "import { randomUUID } from 'node:crypto';\nexport const r = randomUUID;\n",
  platform: "import { loadConfig } from '@vwu/platform-config';\nexport const l = loadConfig;\n",
  floating: 'export async function f(): Promise<void> {}\nvoid 0;\nf();\n',
  pure: "import { foldEvents } from '../decider';\n\nexport const fold = foldEvents;\n",
  'contracts-type':
    "import type { FeePaidV1Data } from '@vwu/contracts';\nexport type F = FeePaidV1Data;\n",
  'contracts-runtime': "import { FeePaidV1 } from '@vwu/contracts';\nexport const f = FeePaidV1;\n",
  zod: "import { z } from 'zod';\nexport const s = z.string();\n",
  'internal-api': "import type { ClubView } from '@vwu/internal-api';\nexport type C = ClubView;\n",
} as const;

type Probe = keyof typeof probes | keyof typeof useCaseProbes;
let messages: Record<Probe, string[]>;

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; message: string }[];
}

beforeAll(() => {
  mkdirSync(probeDir, { recursive: true });
  mkdirSync(useCaseDir, { recursive: true });
  try {
    for (const [name, source] of Object.entries(probes))
      writeFileSync(join(probeDir, `${name}.ts`), source);
    for (const [name, source] of Object.entries(useCaseProbes))
      writeFileSync(join(useCaseDir, `${name}.ts`), source);
    const eslint = spawnSync(
      process.execPath,
      [join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', probeDir, useCaseDir],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    const results = JSON.parse(eslint.stdout) as EslintResult[];
    messages = Object.fromEntries(
      results.map((r) => [
        r.filePath.slice(r.filePath.lastIndexOf('/') + 1, -'.ts'.length),
        r.messages.map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`),
      ]),
    ) as Record<Probe, string[]>;
  } finally {
    rmSync(probeDir, { recursive: true, force: true });
    rmSync(useCaseDir, { recursive: true, force: true });
  }
}, 120_000);

describe('module boundaries', () => {
  it.each([
    ['mongoose', /"mongoose"|'mongoose'/],
    ['kafkajs', /"kafkajs"|'kafkajs'/],
    ['nest', /@nestjs\/common/],
    ['node', /node:crypto/],
  ] as const)('a domain lib may not import %s', (probe, offender) => {
    expect(messages[probe].some((m) => offender.test(m) && /restricted|not allowed/.test(m))).toBe(
      true,
    );
  });

  it('a domain lib may not depend on a platform lib', () => {
    expect(messages.platform).toContainEqual(
      expect.stringMatching(
        /enforce-module-boundaries: .*"type:domain" can only depend on libs tagged with "type:domain"/,
      ),
    );
  });

  it('a domain lib may take types from the public event contracts', () => {
    expect(messages['contracts-type']).toEqual([]);
  });

  it.each([
    ['contracts-runtime', /@vwu\/contracts/],
    ['zod', /'zod'|"zod"/],
  ] as const)('a domain lib may not import %s at runtime', (probe, offender) => {
    expect(messages[probe].some((m) => offender.test(m) && /restricted/.test(m))).toBe(true);
  });

  it('a domain lib may not depend on the internal API (HTTP declarations)', () => {
    expect(messages['internal-api']).toContainEqual(
      expect.stringMatching(
        /enforce-module-boundaries: .*"type:domain" can only depend on libs tagged with "type:domain", "contracts:public-events"/,
      ),
    );
  });

  it.each([
    ['use-case-mongoose', /"mongoose"|'mongoose'/],
    ['use-case-kafkajs', /"kafkajs"|'kafkajs'/],
    ['use-case-transport', /@nestjs\/microservices/],
    ['use-case-nest-core', /@nestjs\/core/],
  ] as const)('an application lib may not import %s', (probe, offender) => {
    expect(messages[probe].some((m) => offender.test(m) && /restricted|not allowed/.test(m))).toBe(
      true,
    );
  });

  it('an application lib may not depend on the HTTP edge', () => {
    expect(messages['use-case-http']).toContainEqual(
      expect.stringMatching(
        /enforce-module-boundaries: .*"type:application" can not depend on libs tagged with "transport:http"/,
      ),
    );
  });

  it('an application lib may raise problems through the transport-neutral lib', () => {
    expect(messages['use-case-problems']).toEqual([]);
  });

  it('an application lib may use the CQRS decorators', () => {
    expect(messages['use-case-cqrs']).toEqual([]);
  });

  it('a floating promise fails lint', () => {
    expect(messages.floating).toContainEqual(
      expect.stringMatching(/^@typescript-eslint\/no-floating-promises/),
    );
  });

  it('pure domain code passes', () => {
    expect(messages.pure).toEqual([]);
  });
});

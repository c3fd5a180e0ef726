// Provider 3 for the store when VWU_LOCAL_MONGO=ferretdb: FerretDB 1.24.2 (SQLite backend, its
// data always kept under the infra dir), built once from the Go module proxy through the launcher
// module in tools/infra/ferretdb, then run as a local process. Not the default: it scans for
// every filter (ADR 0004).
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { timed } from '../log.ts';
import { cacheDir, dataDir, logDir, toolsDir } from '../paths.ts';
import { findExecutable, run } from '../processes.ts';
import { mongoAnswers } from '../probes.ts';
import type { ComponentRecord } from '../state.ts';
import { contentHash, launch, type LocalComponent } from './local-component.ts';
import { ports } from './provider.ts';

export const FERRETDB_VERSION = 'v1.24.2';
const moduleDir = join(toolsDir, 'ferretdb');

function binaryPath(): string {
  const hash = contentHash(['go.mod', 'go.sum', 'main.go'].map((f) => join(moduleDir, f)));
  return join(cacheDir, `ferretdb-${FERRETDB_VERSION}-${hash}`, 'ferretdb');
}

async function build(target: string): Promise<void> {
  const tmp = `${target}.${process.pid}.tmp`;
  await timed(
    'mongo',
    `building FerretDB ${FERRETDB_VERSION} from the Go module proxy (first run only: about 2 min on 2 cores)`,
    () =>
      run(
        'go',
        [
          'build',
          '-mod=readonly',
          '-trimpath',
          '-buildvcs=false',
          '-tags',
          'ferretdb_no_postgresql',
          '-o',
          tmp,
          '.',
        ],
        {
          cwd: moduleDir,
          env: { ...process.env, CGO_ENABLED: '0' },
          logFile: join(logDir, 'ferretdb-build.log'),
        },
      ),
  );
  renameSync(tmp, target);
}

export const localFerretDb: LocalComponent = {
  engine: () => `FerretDB ${FERRETDB_VERSION} (SQLite)`,

  missing(): string | undefined {
    if (existsSync(binaryPath())) return undefined;
    return findExecutable('go')
      ? undefined
      : 'go not found on the PATH (needed once to build FerretDB)';
  },

  async start(owner: string): Promise<ComponentRecord> {
    const binary = binaryPath();
    if (!existsSync(binary)) {
      mkdirSync(join(binary, '..'), { recursive: true });
      await build(binary);
    }
    const port = ports.mongo();
    return launch({
      component: 'mongo',
      engine: localFerretDb.engine(),
      owner,
      command: binary,
      args: [
        ...['-listen-addr', `127.0.0.1:${port}`, '-state-dir', join(dataDir, 'ferretdb')],
        // Above "error", FerretDB logs whole failed commands: documents must not reach logs.
        ...['-log-level', process.env['FERRETDB_LOG_LEVEL'] ?? 'error'],
      ],
      logFile: join(logDir, 'ferretdb.log'),
      url: `mongodb://127.0.0.1:${port}/`,
      readiness: 'a MongoDB ping',
      ports: { MONGO_PORT: port },
      probe: mongoAnswers,
      timeoutMs: 30_000,
    });
  },

  answers: mongoAnswers,
};

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { devAuthEnv, loadAuthConfig } from './auth-config';
import { ROLES } from './roles';
import { TokenVerifier } from './token-verifier';

// tools/auth cannot import this lib (tools run on Node without path aliases), so it repeats the
// issuer, the audience and the role ids: this checks that what `npm run token` mints is what
// the services configured by devAuthEnv() accept.
const root = join(__dirname, '../../../../..');
const dir = mkdtempSync(join(tmpdir(), 'vwu-dev-token-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function mint(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, [join(root, 'tools/auth/token.ts'), ...args], {
    cwd: root,
    env: { ...process.env, VWU_INFRA_DIR: dir },
    encoding: 'utf8',
  });
}

describe('development tokens', () => {
  it('are accepted by a verifier configured with devAuthEnv, for every role', async () => {
    const verifier = TokenVerifier.fromConfig(
      loadAuthConfig(devAuthEnv(root, { VWU_INFRA_DIR: dir })),
    );
    for (const role of ROLES) {
      const { stdout } = mint('--unit', 'unit-ward-3', '--role', role, '--sub', `dev-${role}`);
      await expect(verifier.verify(stdout.trim())).resolves.toEqual({
        userId: `dev-${role}`,
        roles: [role],
        scopeUnitId: 'unit-ward-3',
      });
    }
  });

  it('know exactly the roles of this lib', () => {
    const { stderr } = mint('--unit', 'u', '--role', 'nobody');
    expect(/\(known: ([^)]*)\)/.exec(stderr)?.[1]?.split(', ')).toEqual([...ROLES]);
  });
});

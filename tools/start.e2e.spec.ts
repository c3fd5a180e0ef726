import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { portOpen, waitFor } from '@vwu/platform-testing';

// `npm start` as a newcomer runs it: it brings the platform up in the foreground, says where,
// and on Ctrl-C stops what it started. A separate .infra folder and ports keep it apart from
// the infrastructure of this test run.
const root = join(__dirname, '..');

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vwu-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs until Ctrl-C, then stops what it started', async () => {
    // Its own process group, so that Ctrl-C can be sent as a terminal sends it: to the group.
    const child = spawn('npm', ['start'], {
      cwd: root,
      detached: true,
      env: {
        ...process.env,
        KAFKA_BROKERS: undefined,
        MONGO_URL: undefined,
        VWU_INFRA_DIR: dir,
        KAFKA_PORT: '39092',
        KAFKA_CONTROLLER_PORT: '39093',
        MONGO_PORT: '39017',
      },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once('close', resolve));

    await waitFor(() => output.includes('press Ctrl-C to stop'), 'the start banner', 180_000);
    expect(output).toContain('vwu-platform đang chạy — vwu-platform is running');
    expect(output).toContain('KAFKA_BROKERS=127.0.0.1:39092');
    expect(output).toContain('MONGO_URL=mongodb://127.0.0.1:39017/');
    expect(await portOpen(39092)).toBe(true);
    expect(await portOpen(39017)).toBe(true);

    process.kill(-child.pid!, 'SIGINT');
    await exited;
    expect(output).toContain('Đang dừng — stopping');
    expect(output).toMatch(/stopped (local|docker) at 127\.0\.0\.1:39092/);
    expect(await portOpen(39092)).toBe(false);
    expect(await portOpen(39017)).toBe(false);
  }, 240_000);
});

// Development keys of personal data for membership-service: a master key (wraps each member's
// data key) and a blind-index key, random, kept in .infra/auth with the signing key so that a
// persistent local store stays readable across restarts. Production takes them from a KMS or a
// secret (VWU_MASTER_KEY, VWU_BLIND_INDEX_KEY), never from this file.
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { authDir } from './dev-keys.ts';

const file = join(authDir, 'dev-data-keys.json');

export interface DevDataKeys {
  readonly VWU_MASTER_KEY: string;
  readonly VWU_BLIND_INDEX_KEY: string;
}

export async function ensureDevDataKeys(): Promise<DevDataKeys> {
  await mkdir(authDir, { recursive: true, mode: 0o700 });
  try {
    return JSON.parse(await readFile(file, 'utf8')) as DevDataKeys;
  } catch {
    const keys = {
      VWU_MASTER_KEY: randomBytes(32).toString('base64'),
      VWU_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    };
    await writeFile(file, JSON.stringify(keys), { mode: 0o600, flag: 'wx' }).catch(() => undefined);
    return JSON.parse(await readFile(file, 'utf8')) as DevDataKeys;
  }
}

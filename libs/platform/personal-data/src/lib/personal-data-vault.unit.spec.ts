import { randomBytes } from 'node:crypto';
import { BlindIndex } from './blind-index';
import { MemoryDataKeys as MapKeys } from './memory-data-keys';
import { LocalMasterKey } from './key-wrapper';
import { PersonalDataVault, SubjectErasedError } from './personal-data-vault';

const master = () => new LocalMasterKey(randomBytes(32).toString('base64'));
const lan = { fullName: 'Nguyễn Thị Lan', birthDate: '1990-05-17', nationalId: '001190012345' };

describe('the personal data vault', () => {
  it('seals per subject: the sealed text holds nothing in clear, and opens to the same data', async () => {
    const vault = new PersonalDataVault(new MapKeys(), master());
    const sealed = await vault.seal('member-1', lan);
    expect(sealed).toMatch(/^v1\.[\w-]+\.[\w-]+$/);
    for (const value of Object.values(lan)) expect(sealed).not.toContain(value);
    expect(await vault.open('member-1', sealed)).toEqual(lan);
    // A second seal of the same data differs (a fresh IV), under the same key.
    expect(await vault.seal('member-1', lan)).not.toBe(sealed);
  });

  it('does not open a sealed value under another subject, nor a tampered one', async () => {
    const vault = new PersonalDataVault(new MapKeys(), master());
    const sealed = await vault.seal('member-1', lan);
    await vault.seal('member-2', { fullName: 'Trần Thị Hoa' });
    await expect(vault.open('member-2', sealed)).rejects.toThrow();
    const [version, iv, body = ''] = sealed.split('.');
    const flipped = `${body.slice(0, -2)}${body.endsWith('AA') ? 'AB' : 'AA'}`;
    await expect(vault.open('member-1', [version, iv, flipped].join('.'))).rejects.toThrow();
  });

  it('after an erasure opens nothing, and seals nothing more for her', async () => {
    const keys = new MapKeys();
    const vault = new PersonalDataVault(keys, master());
    const sealed = await vault.seal('member-1', lan);
    await vault.erase('member-1');
    expect(await vault.open('member-1', sealed)).toBeUndefined();
    await expect(vault.seal('member-1', lan)).rejects.toBeInstanceOf(SubjectErasedError);
    expect(JSON.stringify([...keys.stored.values()])).not.toContain('wrapped');
  });

  it('needs the master key to open: another master key cannot unwrap the data key', async () => {
    const keys = new MapKeys();
    const sealed = await new PersonalDataVault(keys, master()).seal('member-1', lan);
    await expect(new PersonalDataVault(keys, master()).open('member-1', sealed)).rejects.toThrow();
    expect(() => new LocalMasterKey(randomBytes(16).toString('base64'))).toThrow(/32 bytes/);
  });
});

describe('the blind index', () => {
  it('gives equal tokens for equal values, unrelated ones across namespaces and secrets', () => {
    const index = new BlindIndex(randomBytes(32).toString('base64'));
    const token = index.token('cccd', '001190012345');
    expect(index.token('cccd', '001190012345')).toBe(token);
    expect(token).not.toContain('001190012345');
    expect(index.token('cccd', '001190012346')).not.toBe(token);
    expect(index.token('name', '001190012345')).not.toBe(token);
    expect(
      new BlindIndex(randomBytes(32).toString('base64')).token('cccd', '001190012345'),
    ).not.toBe(token);
  });

  it('seals many subjects at once, each under her own key', async () => {
    const vault = new PersonalDataVault(new MapKeys(), master());
    const first = await vault.seal('member-1', lan);
    const [one, two] = await vault.sealAll([
      { subjectId: 'member-1', data: { phone: '0912345678' } },
      { subjectId: 'member-2', data: lan },
    ]);
    expect(await vault.open('member-1', first)).toEqual(lan);
    expect(await vault.open('member-1', one ?? '')).toEqual({ phone: '0912345678' });
    expect(await vault.open('member-2', two ?? '')).toEqual(lan);
    await expect(vault.open('member-1', two ?? '')).rejects.toThrow();
  });
});

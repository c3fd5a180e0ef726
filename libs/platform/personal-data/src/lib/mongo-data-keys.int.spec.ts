import { testInfra, uniqueName } from '@vwu/platform-testing';
import mongoose, { type Connection } from 'mongoose';
import { randomBytes } from 'node:crypto';
import { LocalMasterKey } from './key-wrapper';
import { MongoDataKeys } from './mongo-data-keys';
import { PersonalDataVault } from './personal-data-vault';

// Crypto-shredding on the real store: after the erasure no key material is left for her, so a
// sealed copy kept anywhere (here: a document of another collection) opens to nothing.
let connection: Connection;

beforeAll(async () => {
  connection = await mongoose
    .createConnection(testInfra().MONGO_URL, { dbName: uniqueName('data_keys') })
    .asPromise();
});
afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

it('keeps one wrapped key per subject and shreds it on erasure', async () => {
  const keys = new MongoDataKeys(connection);
  const vault = new PersonalDataVault(keys, new LocalMasterKey(randomBytes(32).toString('base64')));
  const sealed = await Promise.all([
    vault.seal('member-1', { fullName: 'Lê Thị Mai' }),
    vault.seal('member-1', { phone: '0912345678' }), // a concurrent first seal: one key wins
  ]);
  expect(await keys.model.countDocuments({ _id: 'member-1' })).toBe(1);
  await connection.collection('copies').insertOne({ sealed });
  expect(await vault.open('member-1', sealed[1])).toEqual({ phone: '0912345678' });

  await vault.erase('member-1');
  const raw = await connection.collection('data_keys').findOne({ _id: 'member-1' as never });
  expect(raw).toMatchObject({ erasedAt: expect.any(Date) as unknown });
  expect(raw).not.toHaveProperty('wrapped');
  const copy = await connection.collection('copies').findOne({});
  for (const value of (copy?.['sealed'] as string[]) ?? [])
    expect(await vault.open('member-1', value)).toBeUndefined();
  await expect(vault.seal('member-1', { fullName: 'Lê Thị Mai' })).rejects.toThrow(/erased/);
});

it('creates many keys in one write, keeping a subject’s existing key and a tombstone', async () => {
  const keys = new MongoDataKeys(connection);
  const vault = new PersonalDataVault(keys, new LocalMasterKey(randomBytes(32).toString('base64')));
  const before = await vault.seal('member-2', { fullName: 'Trần Thị Hoa' });
  await vault.erase('member-3');
  await expect(
    vault.sealAll([
      { subjectId: 'member-4', data: { fullName: 'Phạm Thị Cúc' } },
      { subjectId: 'member-3', data: { fullName: 'Đỗ Thị Hằng' } },
    ]),
  ).rejects.toThrow(/erased/);
  const [four, two] = await vault.sealAll([
    { subjectId: 'member-4', data: { fullName: 'Phạm Thị Cúc' } },
    { subjectId: 'member-2', data: { phone: '0912345678' } },
  ]);
  expect(await vault.open('member-4', four ?? '')).toEqual({ fullName: 'Phạm Thị Cúc' });
  // Her existing key sealed the new value: the old one opens still.
  expect(await vault.open('member-2', two ?? '')).toEqual({ phone: '0912345678' });
  expect(await vault.open('member-2', before)).toEqual({ fullName: 'Trần Thị Hoa' });
  expect(await keys.model.countDocuments({ _id: { $in: ['member-2', 'member-4'] } })).toBe(2);
});

import { LocalMasterKey, MemoryDataKeys, PersonalDataVault } from '@vwu/platform-personal-data';
import { randomBytes } from 'node:crypto';
import { sealedImportStorage, sealedRows } from './sealed-rows';

const vault = () =>
  new PersonalDataVault(
    new MemoryDataKeys(),
    new LocalMasterKey(randomBytes(32).toString('base64')),
  );
const rows = [{ row: 2, fullName: 'Nguyễn Thị Lan', nationalId: '001190012345' }];

it('seals a chunk under the key of its job, opens it there only, and shreds it with the job', async () => {
  const codec = sealedRows<(typeof rows)[number]>(vault(), 'thing-import');
  const chunk = await codec.pack('job-1', rows);
  expect(Object.keys(chunk)).toEqual(['sealed']);
  expect(JSON.stringify(chunk)).not.toContain('Lan');
  expect(JSON.stringify(chunk)).not.toContain('001190012345');
  expect(await codec.unpack('job-1', chunk)).toEqual(rows);
  expect(await codec.unpack('job-2', chunk)).toEqual([]);
  await codec.shred?.('job-1');
  expect(await codec.unpack('job-1', chunk)).toEqual([]);
});

it("keys a job's rows as the import's own data subject", async () => {
  const shared = vault();
  const sealed = await sealedRows(shared, 'thing-import').pack('job-1', rows);
  expect(await shared.open('thing-import:job-1', sealed['sealed'] as string)).toEqual(rows);
  expect(await sealedRows(shared, 'other-import').unpack('job-1', sealed)).toEqual([]);
});

it('keeps the rows in chunks of a batch, deleted when the job completes', () => {
  const storage = sealedImportStorage(vault(), 'thing-import', { jobs: 'j', rows: 'r' });
  expect(storage).toMatchObject({
    jobs: 'j',
    rows: 'r',
    chunk: 1_000,
    chunksPerWrite: 10,
    dropRowsOnCompletion: true,
  });
  expect(storage.codec).toBeDefined();
});

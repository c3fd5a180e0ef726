import { lastCommit } from '@vwu/platform-testing';
import { randomUUID } from 'node:crypto';
import {
  CITY,
  CLOSED,
  LAN,
  OTHER_WARD,
  WARD,
  cadresUnderTest,
  officer,
} from '../testing/cadres-under-test';
import { RegisterCadreCommand } from './register-cadre.command';

const input = (unitId = WARD) => ({
  unitId,
  memberId: null,
  registeredOn: '2024-01-10',
  personal: LAN,
  qualifications: [{ fact: 'full-time', value: 'full-time', since: '2020-01-01' }],
});

describe('registering a cadre, in the scope of her unit', () => {
  it('seals her personal fields: the stream holds her birth year, never a personal value', async () => {
    const t = cadresUnderTest();
    const id = randomUUID();
    expect(await t.register.execute(new RegisterCadreCommand(input(), officer(WARD), id))).toEqual({
      id,
      version: 2,
    });
    const commit = lastCommit(t.store);
    expect(commit).toMatchObject({
      streamId: `cadre-${id}`,
      events: [
        {
          type: 'CadreRegistered',
          data: { cadreId: id, unitId: WARD, ancestorIds: [CITY], birthYear: 1986 },
        },
        { type: 'CadreQualificationRecorded', data: { fact: 'full-time', value: 'full-time' } },
      ],
    });
    const text = JSON.stringify(commit);
    for (const value of ['Nguyễn', 'Lan', '001186012345', '0912345678', '1986-03-08'])
      expect(text).not.toContain(value);
  });

  it('refuses out of scope, without the personal-data permission, and at a closed unit', async () => {
    const t = cadresUnderTest();
    const id = randomUUID();
    await expect(
      t.register.execute(new RegisterCadreCommand(input(), officer(OTHER_WARD), id)),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope', statusCode: 403 });
    await expect(
      t.register.execute(new RegisterCadreCommand(input(), officer(WARD, ['viewer']), id)),
    ).rejects.toMatchObject({ code: 'auth.forbidden', statusCode: 403 });
    await expect(
      t.register.execute(new RegisterCadreCommand(input(CLOSED), officer(CITY), id)),
    ).rejects.toMatchObject({ code: 'training.unit-not-active' });
    expect(await t.store.readStream(`cadre-${id}`)).toEqual([]);
    expect(await t.keys.get(id)).toBeUndefined();
  });
});

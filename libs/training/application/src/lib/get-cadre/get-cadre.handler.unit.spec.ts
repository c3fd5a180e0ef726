import {
  CITY,
  cadresUnderTest,
  LAN,
  officer,
  OTHER_WARD,
  registered,
} from '../testing/cadres-under-test';
import { GetCadreQuery } from './get-cadre.query';

describe('reading a cadre', () => {
  it('shows her personal fields in full to a cadre officer, masked to a viewer, to nobody else', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    const full = await t.get.execute(new GetCadreQuery(lan, officer(CITY)));
    expect(full).toMatchObject({
      id: lan,
      birthYear: 1986,
      version: 2,
      qualifications: { education: { value: 'master', since: '2012-06-30' } },
      personal: LAN,
    });
    const masked = await t.get.execute(new GetCadreQuery(lan, officer(CITY, ['viewer'])));
    expect(masked.personal).toEqual({
      masked: true,
      fullName: 'N*** T*** L***',
      birthYear: 1986,
      nationalId: '*********345',
      phone: '*******678',
    });
    await expect(
      t.get.execute(new GetCadreQuery(lan, officer(CITY, ['unit-manager']))),
    ).rejects.toMatchObject({ code: 'auth.forbidden' });
  });

  it('is refused out of her record’s scope', async () => {
    const t = cadresUnderTest();
    const lan = await registered(t);
    await expect(t.get.execute(new GetCadreQuery(lan, officer(OTHER_WARD)))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
  });
});

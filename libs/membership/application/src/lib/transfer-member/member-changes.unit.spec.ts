import { randomUUID } from 'node:crypto';
import { AdmitMemberCommand } from '../admit-member/admit-member.command';
import { AdmitMemberHandler } from '../admit-member/admit-member.handler';
import { AssignMemberGroupCommand } from '../assign-member-group/assign-member-group.command';
import { AssignMemberGroupHandler } from '../assign-member-group/assign-member-group.handler';
import { ChangeMemberCommand } from '../change-member/change-member.command';
import { ChangeMemberHandler } from '../change-member/change-member.handler';
import { EndMembershipCommand } from '../end-membership/end-membership.command';
import { EndMembershipHandler } from '../end-membership/end-membership.handler';
import { GetMemberQuery } from '../get-member/get-member.query';
import { GetMemberHandler } from '../get-member/get-member.handler';
import type { PersonalFields } from '../personal-fields';
import {
  BRANCH,
  CITY,
  GROUP,
  membersUnderTest,
  OTHER_BRANCH,
  OTHER_GROUP,
  OTHER_WARD,
  officer,
  WARD,
} from '../testing/members-under-test';
import { ReadmitMemberCommand } from '../readmit-member/readmit-member.command';
import { ReadmitMemberHandler } from '../readmit-member/readmit-member.handler';
import { UpdateMemberContactCommand } from '../update-member-contact/update-member-contact.command';
import { UpdateMemberContactHandler } from '../update-member-contact/update-member-contact.handler';
import { TransferMemberCommand } from './transfer-member.command';
import { TransferMemberHandler } from './transfer-member.handler';

const hoa: PersonalFields = {
  fullName: 'Trần Thị Hoa',
  birthDate: '1985-11-02',
  nationalId: '001185098765',
  phone: '0987654321',
};

async function setup() {
  const t = membersUnderTest();
  const h = {
    admit: new AdmitMemberHandler(t.members, t.personalData, t.branches),
    change: new ChangeMemberHandler(t.members),
    assign: new AssignMemberGroupHandler(t.members, t.branches),
    transfer: new TransferMemberHandler(t.members, t.branches),
    readmit: new ReadmitMemberHandler(t.members, t.personalData, t.branches),
    contact: new UpdateMemberContactHandler(t.members, t.personalData),
    end: new EndMembershipHandler(t.members, t.personalData),
    get: new GetMemberHandler(t.members, t.personalData),
  };
  const id = randomUUID();
  const input = {
    branchId: BRANCH,
    groupId: null,
    admittedOn: '2024-01-10',
    specialGroups: [],
    personal: hoa,
  };
  await h.admit.execute(new AdmitMemberCommand(input, officer(WARD), id));
  return { ...t, ...h, id };
}

describe('member changes through the handlers', () => {
  it('transfers her at the sending side’s request; she then belongs to the receiving side', async () => {
    const t = await setup();
    const move = { toBranchId: OTHER_BRANCH, groupId: null, transferredOn: '2025-02-01' };
    await expect(
      t.transfer.execute(new TransferMemberCommand(t.id, move, officer(OTHER_WARD))),
    ).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
    await t.transfer.execute(new TransferMemberCommand(t.id, move, officer(WARD)));
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(OTHER_WARD)))).toMatchObject({
      branchId: OTHER_BRANCH,
      ancestorIds: [CITY, OTHER_WARD],
    });
    await expect(t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).rejects.toMatchObject({
      code: 'auth.out-of-scope',
    });
  });

  it('puts her in a group of her branch only: assigned, or on a transfer into the new branch', async () => {
    const t = await setup();
    const assign = (groupId: string | null) =>
      t.assign.execute(new AssignMemberGroupCommand(t.id, groupId, officer(WARD)));
    await expect(assign(OTHER_GROUP)).rejects.toMatchObject({
      code: 'membership.group-not-in-branch',
    });
    expect(await assign(GROUP)).toEqual({ id: t.id, version: 2 });
    const move = (groupId: string | null) => ({
      toBranchId: OTHER_BRANCH,
      groupId,
      transferredOn: '2025-02-01',
    });
    const transfer = (groupId: string | null) =>
      t.transfer.execute(new TransferMemberCommand(t.id, move(groupId), officer(WARD)));
    // Her old group stays with her old branch.
    await expect(transfer(GROUP)).rejects.toMatchObject({
      code: 'membership.group-not-in-branch',
    });
    await transfer(OTHER_GROUP);
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(OTHER_WARD)))).toMatchObject({
      branchId: OTHER_BRANCH,
      groupId: OTHER_GROUP,
    });
  });

  it('records the fee and special groups within her branch’s scope', async () => {
    const t = await setup();
    const fee = {
      type: 'RecordFee',
      year: 2024,
      outcome: { paid: true, amount: 12_000, paidOn: '2024-02-01' },
      today: '2025-01-01',
    } as const;
    expect(await t.change.execute(new ChangeMemberCommand(t.id, fee, officer(WARD)))).toEqual({
      id: t.id,
      version: 2,
    });
    await t.change.execute(
      new ChangeMemberCommand(
        t.id,
        { type: 'TagSpecialGroup', group: 'entrepreneur' },
        officer(CITY),
      ),
    );
    await expect(
      t.change.execute(
        new ChangeMemberCommand(
          t.id,
          { type: 'TagSpecialGroup', group: 'elderly' },
          officer(OTHER_WARD),
        ),
      ),
    ).rejects.toMatchObject({ code: 'auth.out-of-scope' });
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).toMatchObject({
      fees: { 2024: 'paid' },
      specialGroups: ['entrepreneur'],
      version: 3,
    });
  });

  it('shows her personal fields in full to a membership officer, masked to a viewer', async () => {
    const t = await setup();
    expect((await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).personal).toEqual(hoa);
    expect(
      (await t.get.execute(new GetMemberQuery(t.id, officer(WARD, ['viewer'])))).personal,
    ).toEqual({
      masked: true,
      fullName: 'T*** T*** H***',
      birthYear: 1985,
      nationalId: '*********765',
      phone: '*******321',
    });
    await expect(
      t.get.execute(new GetMemberQuery(t.id, officer(WARD, ['unit-manager']))),
    ).rejects.toMatchObject({
      code: 'auth.forbidden',
    });
  });

  it('updates her contact details sealed, keeping her name and number', async () => {
    const t = await setup();
    await t.contact.execute(
      new UpdateMemberContactCommand(t.id, { phone: '0911000111' }, officer(WARD)),
    );
    expect((await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).personal).toEqual({
      ...hoa,
      phone: '0911000111',
    });
    expect(JSON.stringify(await t.store.readStream(t.id))).not.toContain('0911000111');
  });

  it('re-admits her with her number, unless another active member has taken it meanwhile', async () => {
    const t = await setup();
    const left = { end: 'left', reason: 'moved-away', on: '2024-06-01' } as const;
    await t.end.execute(new EndMembershipCommand(t.id, left, officer(WARD)));
    const other = randomUUID();
    const input = {
      branchId: OTHER_BRANCH,
      groupId: null,
      admittedOn: '2024-07-01',
      specialGroups: [],
      personal: hoa,
    };
    await t.admit.execute(new AdmitMemberCommand(input, officer(OTHER_WARD), other));
    const back = { branchId: BRANCH, groupId: null, readmittedOn: '2025-01-05' };
    await expect(
      t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD))),
    ).rejects.toMatchObject({
      code: 'membership.national-id-taken',
    });
    await t.end.execute(
      new EndMembershipCommand(other, { ...left, on: '2024-12-01' }, officer(OTHER_WARD)),
    );
    await expect(
      t.readmit.execute(
        new ReadmitMemberCommand(t.id, { ...back, groupId: OTHER_GROUP }, officer(WARD)),
      ),
    ).rejects.toMatchObject({ code: 'membership.group-not-in-branch' });
    expect(await t.readmit.execute(new ReadmitMemberCommand(t.id, back, officer(WARD)))).toEqual({
      id: t.id,
      version: 3,
    });
    expect(await t.get.execute(new GetMemberQuery(t.id, officer(WARD)))).toMatchObject({
      status: 'active',
    });
  });
});

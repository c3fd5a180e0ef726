// npm run bench, members: admissions per second through the gateway, each sealing her data under
// a key of her own, reserving her national ID number's token and appending her stream.

/** `count` commands by `concurrency` clients under one parent (a branch, for admissions). */
export interface Load {
  readonly url: string;
  readonly token: string;
  readonly parentId: string;
  readonly count: number;
  readonly concurrency: number;
}

/** One admission through the gateway: 201, or the error's code (not-a-branch until it is known). */
async function admitOne(url: string, token: string, branchId: string, i: number): Promise<string> {
  const response = await fetch(`${url}/api/v1/members`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      branchId,
      admittedOn: '2025-03-08',
      specialGroups: i % 5 === 0 ? ['young'] : [],
      personal: {
        fullName: `Hội viên đo ${i}`,
        birthDate: `19${60 + (i % 40)}-0${1 + (i % 9)}-15`,
        nationalId: String(1_000_000_000 + i).padStart(12, '0'),
      },
    }),
  });
  if (response.status === 201) return 'created';
  return ((await response.json()) as { code?: string }).code ?? String(response.status);
}

/** Admissions per second with `concurrency` clients (each: seal, reserve the CCCD, append). */
export async function admissions({ url, token, parentId: branchId, count, concurrency }: Load) {
  const deadline = Date.now() + 60_000;
  while ((await admitOne(url, token, branchId, 0)) === 'membership.not-a-branch') {
    if (Date.now() > deadline) throw new Error('membership-service never learnt the branch');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const outcome = await admitOne(url, token, branchId, (next += 1));
        if (outcome !== 'created') throw new Error(`admission answered ${outcome}`);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  return { count, concurrency, seconds, perSecond: count / seconds };
}

// The bulk admission of `npm run bench`: a generated member list (unique CCCDs, adults, two
// branches) uploaded through the gateway as CSV, timed from the upload to the job's completion.

/** `count` rows of adult women with unique national ID numbers, alternating two branches. */
export function memberList(count: number, branches: readonly [string, string]): string {
  const lines = ['Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Chi hội,Ngày kết nạp,Nhóm đặc thù'];
  for (let n = 0; n < count; n += 1) {
    const birth = `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${1950 + (n % 50)}`;
    const nationalId = `0${String(20_000_000_000 + n).slice(-11)}`;
    const groups = n % 7 === 0 ? '"young; Phụ nữ cao tuổi"' : '';
    lines.push(
      `Hội viên nhập ${n},${birth},${nationalId},09${String(n).padStart(8, '0')},${branches[n % 2]},08/03/2025,${groups}`,
    );
  }
  return lines.join('\n');
}

interface ImportJob {
  readonly id: string;
  readonly status: string;
  readonly admitted: number;
  readonly errors: readonly unknown[];
}

async function send(
  url: string,
  token: string,
  csv: string,
): Promise<ImportJob & { code?: string }> {
  const response = await fetch(`${url}/api/v1/member-imports?fileName=bench.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  return (await response.json()) as ImportJob & { code?: string };
}

async function branchUnder(url: string, token: string, parentId: string, name: string) {
  const response = await fetch(`${url}/api/v1/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, kind: 'branch', parentId }),
  });
  return ((await response.json()) as { id: string }).id;
}

/**
 * Two new branches under the ward, the list uploaded (again while the branches are not known
 * to membership-service yet), then the job awaited; prints and returns the rate.
 */
export async function memberImport(url: string, token: string, wardId: string, count: number) {
  const branches = [
    await branchUnder(url, token, wardId, 'Chi hội nhập danh sách 1'),
    await branchUnder(url, token, wardId, 'Chi hội nhập danh sách 2'),
  ] as const;
  const csv = memberList(count, branches);
  const deadline = Date.now() + 60_000;
  const t0 = performance.now();
  let job = await send(url, token, csv);
  while (job.code === 'membership.import-invalid' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await send(url, token, csv);
  }
  if (!job.id) throw new Error(`the import answered ${JSON.stringify(job).slice(0, 500)}`);
  const accepted = performance.now();
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const response = await fetch(`${url}/api/v1/member-imports/${job.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    job = (await response.json()) as ImportJob;
  }
  if (job.status !== 'completed')
    throw new Error(`the import ${job.status}: ${JSON.stringify(job)}`);
  const seconds = (performance.now() - t0) / 1000;
  const result = {
    count,
    acceptedSeconds: (accepted - t0) / 1000,
    seconds,
    perSecond: count / seconds,
  };
  return result;
}

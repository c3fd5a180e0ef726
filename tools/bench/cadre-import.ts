// The bulk registration of `npm run bench`: a generated cadre list (unique CCCDs, adults, a
// chairwoman for each of the new wards, vice-chairs and committee members after) uploaded
// through the gateway as CSV, timed from the upload to the job's completion.

const WARDS = 50;
const POSITIONS = ['Phó Chủ tịch', 'Ủy viên Ban Chấp hành', ''];

/** `count` rows of adult cadres with unique national ID numbers over `wards`. */
export function cadreList(count: number, wards: readonly string[]): string {
  const lines = [
    'Họ và tên,Ngày sinh,Số CCCD,Điện thoại,Đơn vị,Trình độ,Lý luận chính trị,Đảng viên,Chuyên trách,Chức vụ,Ngày bổ nhiệm',
  ];
  for (let n = 0; n < count; n += 1) {
    const year = 1960 + (n % 40);
    const birth = `${String(1 + (n % 28)).padStart(2, '0')}/${String(1 + (n % 12)).padStart(2, '0')}/${year}`;
    const nationalId = `0011${String(year % 100).padStart(2, '0')}${String(n).padStart(6, '0')}`;
    const position = n < wards.length ? 'Chủ tịch' : (POSITIONS[n % 3] ?? '');
    const education = ['đại học', 'thạc sĩ', 'cao đẳng'][n % 3] ?? '';
    lines.push(
      `Cán bộ nhập ${n},${birth},${nationalId},09${String(n).padStart(8, '0')},${wards[n % wards.length]},${education},trung cấp,có,có,${position},${position ? '01/06/2021' : ''}`,
    );
  }
  return lines.join('\n');
}

interface CadreImportJob {
  readonly id: string;
  readonly status: string;
  readonly registered: number;
  readonly errors: readonly unknown[];
  readonly code?: string;
}

async function send(url: string, token: string, csv: string): Promise<CadreImportJob> {
  const response = await fetch(`${url}/api/v1/cadre-imports?fileName=bench-can-bo.csv`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  return (await response.json()) as CadreImportJob;
}

async function wardUnder(url: string, token: string, parentId: string, name: string) {
  const response = await fetch(`${url}/api/v1/units`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name, kind: 'grassroots', parentId }),
  });
  return ((await response.json()) as { id: string }).id;
}

/**
 * New wards under the root, the list uploaded (again while training-service does not know the
 * wards yet), then the job awaited; returns the rate and the file's size.
 */
export async function cadreImport(url: string, token: string, rootId: string, count: number) {
  const stamp = Date.now();
  const wards: string[] = [];
  for (let i = 0; i < WARDS; i += 1)
    wards.push(await wardUnder(url, token, rootId, `Hội LHPN phường nhập cán bộ ${stamp}-${i}`));
  const csv = cadreList(count, wards);
  const deadline = Date.now() + 60_000;
  const t0 = performance.now();
  let job = await send(url, token, csv);
  while (job.code === 'training.import-invalid' && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = await send(url, token, csv);
  }
  if (!job.id) throw new Error(`the cadre import answered ${JSON.stringify(job).slice(0, 500)}`);
  const accepted = performance.now();
  while (job.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const response = await fetch(`${url}/api/v1/cadre-imports/${job.id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    job = (await response.json()) as CadreImportJob;
  }
  if (job.status !== 'completed')
    throw new Error(`the cadre import ${job.status}: ${JSON.stringify(job)}`);
  const seconds = (performance.now() - t0) / 1000;
  // Those given a position hold a post: the figures will count them as active cadres.
  const holders = csv
    .split('\n')
    .slice(1)
    .filter((line) => line.split(',')[9] !== '').length;
  return {
    count,
    holders,
    fileBytes: Buffer.byteLength(csv),
    acceptedSeconds: (accepted - t0) / 1000,
    seconds,
    perSecond: count / seconds,
  };
}

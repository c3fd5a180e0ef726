// npm run bench, membership figures: how long after the last admission the subtree's figures
// count every member (the projection draining the topic), and how fast the summary reads.

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function activeIn(url: string, token: string, unitId: string): Promise<number> {
  const response = await fetch(`${url}/api/v1/units/${unitId}/summary?children=true`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 200) throw new Error(`summary answered ${response.status}`);
  return ((await response.json()) as { members: { active: number } }).members.active;
}

/** Waits until `expected` members count under the unit; then times 20 summary reads. */
export async function figuresCatchUp(url: string, token: string, unitId: string, expected: number) {
  const t0 = performance.now();
  const deadline = Date.now() + 300_000;
  while ((await activeIn(url, token, unitId)) < expected) {
    if (Date.now() > deadline) throw new Error('the membership figures never caught up');
    await sleep(100);
  }
  const catchUpSeconds = (performance.now() - t0) / 1000;
  const reads: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const r0 = performance.now();
    await activeIn(url, token, unitId);
    reads.push(performance.now() - r0);
  }
  reads.sort((a, b) => a - b);
  return {
    expected,
    catchUpSeconds,
    summaryReadP50Ms: reads[10] ?? NaN,
    summaryReadMaxMs: reads.at(-1) ?? NaN,
  };
}

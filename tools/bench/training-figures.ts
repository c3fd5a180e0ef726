// npm run bench, training figures: how long after a course completion the ward's target 3
// counts it (the training projection through the unit rollups), and how fast the city's
// summary reads with the training figures in it (every imported cadre counted).

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Call = (method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>;

function caller(url: string, token: string): Call {
  return async (method, path, body) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, ...(text ? (JSON.parse(text) as object) : {}) };
  };
}

/** Repeats a command while training-service has not yet learnt the unit from its topic. */
async function whenKnown(call: Call, path: string, body: unknown) {
  for (let tries = 0; tries < 600; tries += 1) {
    const reply = await call('POST', path, body);
    if (reply['code'] !== 'training.unit-not-active') return reply;
    await sleep(50);
  }
  throw new Error(`${path}: the unit never reached training-service`);
}

/** Today in Vietnam (UTC+7), as the services date commands. */
const TODAY = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** A chairwoman registered, appointed and enrolled in a ward of her own, her course started. */
async function enrolled(call: Call, rootId: string) {
  const unit = await call('POST', '/api/v1/units', {
    name: `Hội LHPN phường đo đào tạo ${Date.now()}`,
    kind: 'grassroots',
    parentId: rootId,
  });
  const unitId = String(unit['id']);
  const personal = { fullName: 'Cán bộ đo', birthDate: '1985-01-01', nationalId: '001185999999' };
  const cadre = await whenKnown(call, '/api/v1/cadres', { unitId, personal });
  const cadreId = String(cadre['id']);
  await whenKnown(call, `/api/v1/cadres/${cadreId}/posts`, { unitId, position: 'chairwoman' });
  const course = await call('POST', '/api/v1/courses', {
    ...{ unitId, title: 'Lớp đo', topic: 'union-work-skills', form: 'in-person' },
    ...{ startsOn: TODAY, endsOn: TODAY, capacity: 10, sessions: 1 },
  });
  const at = `/api/v1/courses/${String(course['id'])}`;
  const enrolment = await call('POST', `${at}/enrolments`, { cadreId });
  if (enrolment['status'] !== 200)
    throw new Error(`enrolment answered ${JSON.stringify(enrolment)}`);
  return { unitId, cadreId, at };
}

async function trainedIn(call: Call, unitId: string): Promise<number> {
  const summary = await call('GET', `/api/v1/units/${unitId}/summary`);
  const cadres = summary['cadres'] as { target3: { trainedInYear: { count: number } } } | undefined;
  return cadres?.target3.trainedInYear.count ?? 0;
}

/**
 * On a quiet topic: one completion's freshness in its ward's target 3, and the city's summary
 * (children included) read time with the training figures in it.
 */
export async function trainingFigures(url: string, token: string, rootId: string) {
  const call = caller(url, token);
  const { unitId, cadreId, at } = await enrolled(call, rootId);
  const t0 = performance.now();
  const done = await call('POST', `${at}/completions`, { cadreId, result: 'good' });
  if (done['status'] !== 200) throw new Error(`completion answered ${JSON.stringify(done)}`);
  const deadline = Date.now() + 60_000;
  while ((await trainedIn(call, unitId)) < 1) {
    if (Date.now() > deadline) throw new Error('the training figures never counted the completion');
    await sleep(10);
  }
  const completionToFigureMs = performance.now() - t0;
  const reads: number[] = [];
  for (let i = 0; i < 20; i += 1) {
    const r0 = performance.now();
    const city = await call('GET', `/api/v1/units/${rootId}/summary?children=true`);
    if (city['status'] !== 200) throw new Error(`summary answered ${String(city['status'])}`);
    reads.push(performance.now() - r0);
  }
  reads.sort((a, b) => a - b);
  return {
    completionToFigureMs,
    citySummaryReadP50Ms: reads[10] ?? NaN,
    citySummaryReadMaxMs: reads.at(-1) ?? NaN,
  };
}

// npm run bench's report for people, on stdout (bench-results.json has the same for machines).

type Summary = { p50: number; p90: number; p99: number; max: number };
type Rate = { count: number; concurrency: number; perSecond: number };

export interface BenchReport {
  readonly start: { infra: string; infraSeconds: number; servicesSeconds: number };
  readonly unitsLatency: { count: number; command: Summary; commandToReadModel: Summary };
  readonly unitsThroughput: Rate;
  readonly membersThroughput: Rate;
  readonly membershipFigures: {
    expected: number;
    catchUpSeconds: number;
    summaryReadP50Ms: number;
    summaryReadMaxMs: number;
  };
  readonly memberImport: {
    count: number;
    acceptedSeconds: number;
    seconds: number;
    perSecond: number;
  };
  readonly trainingFigures: {
    completionToFigureMs: number;
    citySummaryReadP50Ms: number;
    citySummaryReadMaxMs: number;
  };
  readonly cadreImport: {
    count: number;
    holders: number;
    fileBytes: number;
    acceptedSeconds: number;
    seconds: number;
    perSecond: number;
  };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const spread = (s: Summary) =>
  `p50 ${ms(s.p50)}  p90 ${ms(s.p90)}  p99 ${ms(s.p99)}  max ${ms(s.max)}`;

export function printReport(report: BenchReport): void {
  const { unitsLatency: l, unitsThroughput: t, membersThroughput: m } = report;
  const { membershipFigures: f, memberImport: i, cadreImport: c } = report;
  const { start, trainingFigures: tf } = report;
  const lines = [
    `start: infrastructure ${start.infraSeconds.toFixed(1)} s (${start.infra}), build and services ready ${start.servicesSeconds.toFixed(1)} s`,
    `units: ${l.count} commands, one at a time`,
    `  POST 201           ${spread(l.command)}`,
    `  POST → read model  ${spread(l.commandToReadModel)}`,
    `units: ${t.count} commands, ${t.concurrency} clients: ${t.perSecond.toFixed(1)} commands/s`,
    `members: ${m.count} admissions, ${m.concurrency} clients: ${m.perSecond.toFixed(1)} admissions/s`,
    `figures: all ${f.expected} counted ${f.catchUpSeconds.toFixed(1)} s after the last admission; summary read p50 ${ms(f.summaryReadP50Ms)}, max ${ms(f.summaryReadMaxMs)}`,
    `member import: ${i.count} rows in one CSV, accepted in ${i.acceptedSeconds.toFixed(1)} s, all admitted in ${i.seconds.toFixed(1)} s: ${i.perSecond.toFixed(0)} admissions/s`,
    `cadre import: ${c.count} rows in one CSV of ${(c.fileBytes / 1_048_576).toFixed(1)} MB, accepted in ${c.acceptedSeconds.toFixed(1)} s, all registered in ${c.seconds.toFixed(1)} s: ${c.perSecond.toFixed(0)} cadres/s`,
    `training figures: a completion counted in its ward's target 3 after ${ms(tf.completionToFigureMs)}; the city's summary with children p50 ${ms(tf.citySummaryReadP50Ms)}, max ${ms(tf.citySummaryReadMaxMs)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

/** One sample of a family: its labels and value, as the text exposition gives them. */
export interface MetricSample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface MetricFamily {
  readonly type: string;
  readonly samples: MetricSample[];
}

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/u;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/gu;

/** A histogram's or summary's sample names (`_bucket`, `_sum`, `_count`) belong to its family. */
function familyOf(families: Map<string, MetricFamily>, name: string): MetricFamily | undefined {
  return (
    families.get(name) ?? families.get(name.replace(/_(bucket|sum|count|total|created)$/u, ''))
  );
}

function sampleOf(line: string): MetricSample | undefined {
  const sample = line.startsWith('#') ? null : SAMPLE.exec(line);
  if (!sample?.[1] || sample[3] === undefined) return undefined;
  const labels = Object.fromEntries(
    [...(sample[2] ?? '').matchAll(LABEL)].map((m) => [m[1] ?? '', m[2] ?? '']),
  );
  return { name: sample[1], labels, value: Number(sample[3]) };
}

/** Prometheus' text exposition (0.0.4) parsed: each family by name, with its type and samples. */
export function metricFamilies(text: string): Map<string, MetricFamily> {
  const families = new Map<string, MetricFamily>();
  for (const line of text.split('\n')) {
    const type = /^# TYPE (\S+) (\S+)/u.exec(line);
    if (type?.[1] && type[2]) families.set(type[1], { type: type[2], samples: [] });
    const sample = sampleOf(line);
    if (sample) familyOf(families, sample.name)?.samples.push(sample);
  }
  return families;
}

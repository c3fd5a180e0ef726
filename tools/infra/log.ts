// Progress output for people: the first run downloads and builds for minutes, so every step says
// what it is doing and how long it took. Machine-readable output goes to stdout only with --json.
const started = Date.now();

let quiet = false;

export function setQuiet(value: boolean): void {
  quiet = value;
}

function stamp(): string {
  return `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
}

export function step(component: string, message: string): void {
  if (!quiet) process.stderr.write(`[infra ${stamp()}] ${component}: ${message}\n`);
}

export async function timed<T>(
  component: string,
  message: string,
  work: () => Promise<T>,
): Promise<T> {
  step(component, `${message} …`);
  const t0 = Date.now();
  const result = await work();
  step(component, `${message}: done in ${((Date.now() - t0) / 1000).toFixed(1)}s`);
  return result;
}

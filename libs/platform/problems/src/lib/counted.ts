/**
 * A count with its English noun, singular for one: `1 error`, `3 errors`. Vietnamese needs no
 * plural, so only the English half of a detail uses it.
 */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

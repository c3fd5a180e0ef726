/** An opaque page cursor: the sort key of the last item of a page, as strings. */
export function encodeKeyset(parts: readonly string[]): string {
  return Buffer.from(JSON.stringify(parts)).toString('base64url');
}

/** The parts of a cursor of this arity, or undefined for a cursor this service did not write. */
export function decodeKeyset(cursor: string, arity: number): string[] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const valid =
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((p) => typeof p === 'string');
    return valid ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Pretty JSON in exactly the layout Prettier gives a `.json` file (printWidth 100), so that the
 * generated files pass `prettier --check` and `npm run format` leaves them as generated. Objects
 * always break, one property a line (Prettier keeps an object broken once it is); an array of
 * scalars stays on one line when the whole line fits, anything else breaks, one item a line.
 * Widths count UTF-16 code units: exact for the ASCII that such arrays hold here. Arrays of
 * arrays, which no generated file has, may differ. `npm run lint` checks the result anyway.
 */
const PRINT_WIDTH = 100;
const INDENT = '  ';

export function formatJson(value: unknown): string {
  return `${print(value, '', 0, 0)}\n`;
}

/** `lead` and `trail`: the width of what precedes the value on its line and follows it. */
function print(value: unknown, indent: string, lead: number, trail: number): string {
  if (Array.isArray(value)) return printArray(value as unknown[], indent, lead, trail);
  if (typeof value === 'object' && value !== null) return printObject(value, indent);
  return scalar(value);
}

function printObject(value: object, indent: string): string {
  const entries = Object.entries(value).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  const inner = indent + INDENT;
  const lines = entries.map(([key, item], index) => {
    const prefix = `${inner}${JSON.stringify(key)}: `;
    const comma = index < entries.length - 1 ? ',' : '';
    return `${prefix}${print(item, inner, prefix.length, comma.length)}${comma}`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

function printArray(items: unknown[], indent: string, lead: number, trail: number): string {
  if (items.length === 0) return '[]';
  if (items.every((item) => typeof item !== 'object' || item === null)) {
    const flat = `[${items.map(scalar).join(', ')}]`;
    if (lead + flat.length + trail <= PRINT_WIDTH) return flat;
  }
  const inner = indent + INDENT;
  const lines = items.map((item, index) => {
    const comma = index < items.length - 1 ? ',' : '';
    return `${inner}${print(item, inner, inner.length, comma.length)}${comma}`;
  });
  return `[\n${lines.join('\n')}\n${indent}]`;
}

function scalar(value: unknown): string {
  // JSON.stringify gives undefined (despite its type) for undefined, functions and symbols.
  const json: string | undefined = JSON.stringify(value);
  return json ?? 'null';
}

import { locateJsonSyntaxError } from './json-syntax';

const SAMPLE = JSON.stringify(
  {
    name: 'Chi hội Kim Mã',
    kind: 'branch',
    tags: ['a', 1, -2.5e3, true, false, null, { nested: [] }, {}],
    escaped: 'tab\t "quoted" \\ \u00e9 \u0001',
  },
  null,
  2,
);

function wellFormed(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('locateJsonSyntaxError', () => {
  it.each([
    ['{"name": "Lan",}', 1, 16, 'expected a property name in double quotes'],
    ['{"name" "Lan"}', 1, 9, "expected ':' after the property name"],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, "expected ',' or '}'"],
    ['[1, 2', 1, 6, "expected ',' or ']', but the body ends here"],
    ['{"a": tru}', 1, 7, 'expected a value'],
    ['{"a": "open', 1, 12, 'expected the closing double quote of a string, but the body ends here'],
    ['{"a": -}', 1, 8, 'expected the digits of a number'],
    ['{"a": "\\x"}', 1, 9, 'expected a valid escape'],
    ['{} {}', 1, 4, 'expected the end of the JSON text'],
    ['', 1, 1, 'expected a value'],
  ])('finds the error in %j at line %i, column %i', (text, line, column, expected) => {
    const error = locateJsonSyntaxError(text);
    expect(error).toMatchObject({ line, column });
    expect(error?.expected).toContain(expected);
    expect(error?.offset).toBe(
      text
        .split('\n')
        .slice(0, line - 1)
        .join('\n').length +
        (line > 1 ? 1 : 0) +
        column -
        1,
    );
  });

  it('says what was expected, never what was found', () => {
    const error = locateJsonSyntaxError('{"cccd": 0791850012SECRET}');
    expect(error).toMatchObject({ line: 1, column: 11 });
    expect(JSON.stringify(error)).not.toMatch(/SECRET|0791/);
  });

  it('agrees with JSON.parse on every text one character away from a valid one', () => {
    const texts = [SAMPLE];
    for (let i = 0; i < SAMPLE.length; i++) {
      texts.push(SAMPLE.slice(0, i) + SAMPLE.slice(i + 1));
      for (const c of ['"', ',', '}', ']', ':', 'x', '0', '-', '.', '\\', '\u0002'])
        texts.push(SAMPLE.slice(0, i) + c + SAMPLE.slice(i));
    }
    for (const text of texts)
      expect([text, locateJsonSyntaxError(text) === undefined]).toEqual([text, wellFormed(text)]);
  });

  it('handles deep nesting without overflowing the stack', () => {
    const depth = 200_000;
    expect(locateJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth))).toBeUndefined();
    expect(locateJsonSyntaxError('['.repeat(depth) + ']'.repeat(depth - 1))).toMatchObject({
      offset: 2 * depth - 1,
    });
  });
});

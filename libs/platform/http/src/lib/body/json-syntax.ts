/** Where a malformed JSON text first goes wrong, and what was expected there. */
export interface JsonSyntaxError {
  /** 0-based, in characters. */
  readonly offset: number;
  /** 1-based. */
  readonly line: number;
  /** 1-based. */
  readonly column: number;
  /** What the grammar wanted there, in English (never the text found). */
  readonly expected: string;
}

type Frame = 'object' | 'array';

class Failure extends Error {
  constructor(
    readonly offset: number,
    readonly expected: string,
  ) {
    super(expected);
  }
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'] as const;

/**
 * A JSON (RFC 8259) scanner that finds the first syntax error, for a helpful 400: JSON.parse's
 * own messages quote the text, which may hold personal data. Iterative, so deep nesting cannot
 * overflow the stack. Returns undefined for a well-formed text.
 */
export function locateJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    new Scanner(text).document();
    return undefined;
  } catch (error) {
    if (!(error instanceof Failure)) throw error;
    return { offset: error.offset, ...lineAndColumn(text, error.offset), expected: error.expected };
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++)
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  return { line, column: offset - lineStart + 1 };
}

class Scanner {
  private i = 0;
  private readonly stack: Frame[] = [];

  constructor(private readonly text: string) {}

  document(): void {
    for (;;) {
      if (this.value()) continue;
      if (this.afterValue()) return;
    }
  }

  private fail(expected: string): never {
    throw new Failure(
      this.i,
      this.i >= this.text.length ? `${expected}, but the body ends here` : expected,
    );
  }

  private skipWhitespace(): void {
    while (WHITESPACE.has(this.text[this.i] ?? '')) this.i++;
  }

  /** One value; true when it opened an object or array, whose first value comes next. */
  private value(): boolean {
    this.skipWhitespace();
    const c = this.text[this.i];
    if (c === '{') return this.open('object', '}');
    if (c === '[') return this.open('array', ']');
    if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) this.number();
    else this.literal();
    return false;
  }

  /** `{` or `[`: true when a first member follows, false for `{}` and `[]`. */
  private open(frame: Frame, close: string): boolean {
    this.i++;
    this.skipWhitespace();
    if (this.text[this.i] === close) {
      this.i++;
      return false;
    }
    this.stack.push(frame);
    if (frame === 'object') this.key();
    return true;
  }

  private literal(): void {
    const literal = LITERALS.find((word) => this.text.startsWith(word, this.i));
    if (!literal)
      this.fail('expected a value (an object, array, string, number, true, false or null)');
    this.i += literal.length;
  }

  /** A property name and its colon. */
  private key(): void {
    this.skipWhitespace();
    if (this.text[this.i] !== '"') this.fail('expected a property name in double quotes');
    this.string();
    this.skipWhitespace();
    if (this.text[this.i] !== ':') this.fail("expected ':' after the property name");
    this.i++;
  }

  /** Closes what ends after a value; true at the end of the document, false for another value. */
  private afterValue(): boolean {
    for (;;) {
      this.skipWhitespace();
      const top = this.stack.at(-1);
      if (!top) {
        if (this.i < this.text.length) this.fail('expected the end of the JSON text');
        return true;
      }
      const close = top === 'object' ? '}' : ']';
      const c = this.text[this.i];
      if (c === ',') {
        this.i++;
        if (top === 'object') this.key();
        return false;
      }
      if (c !== close) this.fail(`expected ',' or '${close}'`);
      this.i++;
      this.stack.pop();
    }
  }

  private string(): void {
    this.i++;
    for (;;) {
      const c = this.text[this.i];
      if (c === undefined) this.fail('expected the closing double quote of a string');
      if (c === '"') {
        this.i++;
        return;
      }
      if (c < ' ') this.fail('expected an escape (\\n, \\t, …) instead of a control character');
      if (c === '\\') this.escape();
      else this.i++;
    }
  }

  private escape(): void {
    const next = this.text[this.i + 1] ?? '';
    if (next === 'u' && HEX.test(this.text.slice(this.i + 2, this.i + 6))) this.i += 6;
    else if (ESCAPES.has(next)) this.i += 2;
    else {
      this.i++;
      this.fail(
        'expected a valid escape: \\" \\\\ \\/ \\b \\f \\n \\r \\t or \\u and 4 hex digits',
      );
    }
  }

  private number(): void {
    NUMBER.lastIndex = this.i;
    const match = NUMBER.exec(this.text);
    if (!match) {
      if (this.text[this.i] === '-') this.i++;
      this.fail('expected the digits of a number');
    }
    this.i += match[0].length;
  }
}

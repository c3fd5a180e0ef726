import { formatJson } from './json-format';

describe('formatJson (the layout Prettier gives .json files)', () => {
  it('breaks every non-empty object, one property a line, and ends with a newline', () => {
    expect(formatJson({ a: 1, b: { c: 'x' }, d: {} })).toBe(
      '{\n  "a": 1,\n  "b": {\n    "c": "x"\n  },\n  "d": {}\n}\n',
    );
  });

  it('keeps an array of scalars on one line when the line fits in 100 columns', () => {
    expect(formatJson({ required: ['a', 'b'], empty: [] })).toBe(
      '{\n  "required": ["a", "b"],\n  "empty": []\n}\n',
    );
  });

  it('breaks an array of scalars that would pass column 100, counting the comma after it', () => {
    const fits = ['x'.repeat(89)]; // `  "k": ["xxx…"]` is 100 columns, 101 with a comma
    expect(formatJson({ k: fits })).toBe(`{\n  "k": ["${fits[0]}"]\n}\n`);
    expect(formatJson({ k: fits, z: 1 })).toBe(
      `{\n  "k": [\n    "${fits[0]}"\n  ],\n  "z": 1\n}\n`,
    );
  });

  it('breaks an array that holds objects', () => {
    expect(formatJson([{ type: 'null' }])).toBe('[\n  {\n    "type": "null"\n  }\n]\n');
  });

  it('leaves out undefined properties and keeps non-ASCII text as it is', () => {
    expect(formatJson({ name: 'Hội LHPN phường Kim Mã', gone: undefined })).toBe(
      '{\n  "name": "Hội LHPN phường Kim Mã"\n}\n',
    );
  });
});

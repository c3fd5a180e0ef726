import type { DeepReadonly } from './deep-readonly';

type Data = { id: string; ids: string[]; nested: { tags: { code: string }[] }; at: string | null };

describe('DeepReadonly', () => {
  it('makes nested properties and arrays readonly, leaving values as they are', () => {
    const data: DeepReadonly<Data> = {
      id: 'a',
      ids: ['b'],
      nested: { tags: [{ code: 'c' }] },
      at: null,
    };
    // @ts-expect-error: a readonly array has no push
    data.ids.push('x');
    // @ts-expect-error: nested properties are readonly too
    data.nested.tags[0]!.code = 'd';
    const plain: Data = { ...data, ids: [...data.ids], nested: { tags: [] } };
    expect(plain).toEqual({ id: 'a', ids: ['b', 'x'], nested: { tags: [] }, at: null });
  });
});

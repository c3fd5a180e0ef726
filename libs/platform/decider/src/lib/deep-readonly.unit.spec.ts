import type { DeepReadonly } from './deep-readonly';

/** True only when A and B are the same type (typecheck refuses `= true` otherwise). */
type Equals<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Data = { id: string; ids: string[]; nested: { tags: { code: string }[] }; at: string | null };

describe('DeepReadonly', () => {
  it('makes nested properties and arrays readonly, leaving values as they are', () => {
    const same: Equals<
      DeepReadonly<Data>,
      {
        readonly id: string;
        readonly ids: readonly string[];
        readonly nested: { readonly tags: readonly { readonly code: string }[] };
        readonly at: string | null;
      }
    > = true;
    const notMutable: Equals<DeepReadonly<Data>['ids'], string[]> = false;
    expect([same, notMutable]).toEqual([true, false]);
  });
});

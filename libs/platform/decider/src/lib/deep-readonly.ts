/**
 * `T` with every property and array readonly, all the way down: how a domain holds the data of
 * an event inferred from a public contract's zod schema (whose output types are mutable).
 */
export type DeepReadonly<T> = T extends readonly (infer E)[]
  ? readonly DeepReadonly<E>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

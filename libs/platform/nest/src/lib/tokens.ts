/** Injection tokens for what the platform modules provide. */
export const MONGO_CONNECTION = Symbol('MONGO_CONNECTION');
export const KAFKA = Symbol('KAFKA');
export const SERVICE_CONFIG = Symbol('SERVICE_CONFIG');

/**
 * What the messaging runtime needs of a logger (Nest's Logger fits). Messages name streams,
 * topics, offsets and error kinds; never event payloads, which may carry personal data.
 */
export interface Logger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export const silentLogger: Logger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

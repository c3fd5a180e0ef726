import { PUBLIC_EVENTS, type PublicEventType } from '../registry';
import { asyncApiDocument } from './asyncapi';
import { formatJson } from './json-format';
import { envelopeJsonSchema, eventJsonSchema } from './json-schemas';

/** Where the generated files live, relative to libs/contracts/. */
export const SCHEMAS_DIR = 'schemas';

/**
 * The checked-in contract files, by path relative to libs/contracts/, with their exact content:
 * one JSON Schema per public event type, one for the CloudEvents envelope, and the AsyncAPI
 * document. Deterministic: `npm run contracts:build` writes them, a unit test compares them.
 */
export function generateContractFiles(): ReadonlyMap<string, string> {
  const files = new Map<string, string>();
  files.set(`${SCHEMAS_DIR}/cloudevent.schema.json`, formatJson(envelopeJsonSchema()));
  for (const type of Object.keys(PUBLIC_EVENTS) as PublicEventType[]) {
    files.set(`${SCHEMAS_DIR}/${type}.schema.json`, formatJson(eventJsonSchema(type)));
  }
  files.set(`${SCHEMAS_DIR}/asyncapi.json`, formatJson(asyncApiDocument()));
  return files;
}

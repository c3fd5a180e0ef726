import { uuidFrom } from '@vwu/platform-event-sourcing';
import { createHash } from 'node:crypto';

export { uuidFrom };

/** The job of an upload: its content under its parent, so a repeated upload is the same job. */
export function importJobId(parentId: string, content: Buffer): string {
  return uuidFrom(`unit-import:${parentId}:${createHash('sha256').update(content).digest('hex')}`);
}

/** The unit a row establishes: the same for the same job and code, across resumes. */
export function importedUnitId(jobId: string, code: string): string {
  return uuidFrom(`unit-import:${jobId}:${code}`);
}

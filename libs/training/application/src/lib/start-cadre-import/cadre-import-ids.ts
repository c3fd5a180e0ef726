import { uuidFrom } from '@vwu/platform-event-sourcing';
import { createHash } from 'node:crypto';

/** The job of an upload: the caller and the content, so a repeated upload is the same job. */
export function cadreImportJobId(userId: string, content: Buffer): string {
  const digest = createHash('sha256').update(content).digest('hex');
  return uuidFrom(`cadre-import:${userId}:${digest}`);
}

/** The cadre a row registers: the same for the same job and row, across resumes and retries. */
export function importedCadreId(jobId: string, row: number): string {
  return uuidFrom(`cadre-import:${jobId}:${row}`);
}

/** The post a row appoints her to. */
export function importedPostId(jobId: string, row: number): string {
  return uuidFrom(`cadre-import:${jobId}:${row}:post`);
}

import { uuidFrom } from '@vwu/platform-event-sourcing';
import { createHash } from 'node:crypto';

/** The job of an upload: the caller and the content, so a repeated upload is the same job. */
export function memberImportJobId(userId: string, content: Buffer): string {
  const digest = createHash('sha256').update(content).digest('hex');
  return uuidFrom(`member-import:${userId}:${digest}`);
}

/** The member a row admits: the same for the same job and row, across resumes and retries. */
export function importedMemberId(jobId: string, row: number): string {
  return uuidFrom(`member-import:${jobId}:${row}`);
}

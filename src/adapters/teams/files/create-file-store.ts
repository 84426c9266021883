// Report files for Teams are offered as download links rather than inline attachments: Teams caps a
// message at about 28 KB, and a bot cannot upload into a channel's files without Graph rights.
// Files live in memory behind an unguessable token for a day (reports hold no personal data).
import { randomBytes } from 'node:crypto';

export interface StoredFile {
  name: string;
  mediaType: string;
  data: Uint8Array;
  expiresAt: number;
}

export interface FileStore {
  /** Keeps the file and returns its token. */
  put(file: { name: string; mediaType: string; data: Uint8Array }, now: number): string;
  get(token: string, now: number): StoredFile | null;
}

export const FILE_TTL_MS = 24 * 60 * 60 * 1000;
const MAX_FILES = 200;

export function createFileStore(ttlMs = FILE_TTL_MS): FileStore {
  const files = new Map<string, StoredFile>();
  const sweep = (now: number) => {
    for (const [token, file] of files) if (file.expiresAt <= now) files.delete(token);
    // Oldest first out when many reports pile up within a day.
    while (files.size >= MAX_FILES) files.delete(files.keys().next().value!);
  };
  return {
    put(file, now) {
      sweep(now);
      const token = randomBytes(24).toString('base64url');
      files.set(token, { ...file, expiresAt: now + ttlMs });
      return token;
    },
    get(token, now) {
      const file = files.get(token);
      if (!file || file.expiresAt <= now) return null;
      return file;
    },
  };
}

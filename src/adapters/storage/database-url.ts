// The one place that maps a DATABASE_URL to a provider.
export type Provider = 'sqlite' | 'postgresql';

export function getProvider(databaseUrl: string): Provider | null {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql';
  return null;
}

/** `file:./data/x.db` → `./data/x.db` (query parameters are not used). */
export function getSqlitePath(databaseUrl: string): string {
  return databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
}

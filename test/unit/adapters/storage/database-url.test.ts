import { describe, expect, it } from 'vitest';
import { getProvider, getSqlitePath } from '../../../../src/adapters/storage/database-url.ts';

describe('getProvider', () => {
  it('picks the database from the DATABASE_URL scheme', () => {
    expect(getProvider('file:./data/loftesbot.db')).toBe('sqlite');
    expect(getProvider('postgresql://bot@db:5432/loftesbot')).toBe('postgresql');
    expect(getProvider('postgres://bot@db/loftesbot')).toBe('postgresql');
    expect(getProvider('mysql://db/loftesbot')).toBeNull();
  });

  it('turns a file: URL into the path to open', () => {
    expect(getSqlitePath('file:./data/loftesbot.db')).toBe('./data/loftesbot.db');
    expect(getSqlitePath('file:/var/lib/loftesbot/bot.db?connection_limit=1')).toBe(
      '/var/lib/loftesbot/bot.db',
    );
  });
});

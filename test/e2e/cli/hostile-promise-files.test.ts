// `loftesbot import --dry-run` on promise files built to hurt the loader: each is refused with a Swedish
// line that names what is wrong, never a stack trace, and nothing is saved.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSqliteDatabase } from '../../helpers/databases.ts';
import { createCliRunner } from '../../helpers/run-cli.ts';

const { run: lb } = createCliRunner('2018-03-19T09:00:00');

const file = (text: string): string => {
  const path = join(mkdtempSync(join(tmpdir(), 'hostile-yaml-')), 'loften.yml');
  writeFileSync(path, text);
  return path;
};

describe('hostile promise files', () => {
  it('refuses a file whose aliases expand without end ("billion laughs") in Swedish, without a stack trace', async () => {
    const db = await createSqliteDatabase();
    // Each level repeats the one above nine times: 9^7 ≈ 4.8 million strings once expanded.
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [prev, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
    ])
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const result = await lb(db, 'import', file(`${levels.join('\n')}\nkey: lol-2018\n`), '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      'YAML-fel: filen använder hänvisningar (*namn) för många gånger',
    );
    expect(result.stdout + result.stderr).not.toMatch(/Error|at [A-Za-z.]+ \(/);
    await db.drop();
  });

  it('refuses a control character put in by a YAML escape, naming the field and line, since the Word report would not open', async () => {
    const db = await createSqliteDatabase();
    const overkalix = readFileSync(
      join(import.meta.dirname, '..', '..', '..', 'promises', 'overkalix-2018.yml'),
      'utf8',
    );
    const text = overkalix.replace(/^title: .*$/m, 'title: "Medborgarlöfte\\a 2018"');
    const result = await lb(db, 'import', file(text), '--dry-run');
    expect(result.code).toBe(1);
    expect(result.stdout + result.stderr).toContain(
      'title: innehåller ett osynligt styrtecken (U+0007) efter "Medborgarlöfte"; ta bort det',
    );
    await db.drop();
  });
});

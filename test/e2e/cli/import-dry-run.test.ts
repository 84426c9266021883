// `loftesbot import --dry-run` as an admin uses it before importing an edited promise file: the real
// Överkalix file checked against an empty database (which is not created), then an edited copy
// against the imported version (what would change is listed, nothing is saved), and a broken copy
// (every error named, exit code 1). On SQLite and PostgreSQL.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';
import { createCliRunner } from '../../helpers/run-cli.ts';

const overkalix = join(import.meta.dirname, '..', '..', '..', 'promises', 'overkalix-2018.yml');
const { database, run: lb, exported } = createCliRunner('2018-03-19T09:00:00');

const versions = async (db: TestDatabase) => (await exported(db)).sets.map((s) => `${s.key} ${s.version}`);

describe.each(await findTestDatabases('import-dry-run'))('import --dry-run on $name', (backend) => {
  it('checks a file, lists what would change and saves nothing', async () => {
    const db = await database(backend);
    const dir = mkdtempSync(join(tmpdir(), 'dry-run-'));

    const fresh = await lb(db, 'import', overkalix, '--dry-run');
    expect(fresh).toMatchObject({ code: 0, stderr: '' });
    expect(fresh.stdout).toBe(
      'Torrkörning: inget har sparats. Filen är giltig: overkalix-2018 — Medborgarlöfte 2018, Överkalix kommun, 10 löften (10 loggbara).\n' +
        'Import skulle spara overkalix-2018 som ny löftesmängd (version 1).\n',
    );
    if (backend.name === 'SQLite') expect(existsSync(db.url.slice('file:'.length))).toBe(false);

    expect((await lb(db, 'import', overkalix)).code).toBe(0);
    const before = await versions(db);

    const same = await lb(db, 'import', overkalix, '--dry-run');
    expect(same.stdout).toMatch(
      /Innehållet är detsamma som version (\d+); import skulle ändå spara det som version \d+\./,
    );

    // An edit: a higher target, a promise removed, one added, and a place renamed.
    const text = readFileSync(overkalix, 'utf8');
    const edited = text
      .replace('rule: { kind: count, target: 4 }', 'rule: { kind: count, target: 6 }')
      .replace(/\n {2}- id: aktivitetsdag\n[\s\S]*?(?=\n {2}- id: trafikinsats)/, '\n')
      .concat(
        [
          '  - id: trygghetsvandring',
          '    category: Trygghet',
          '    title: En trygghetsvandring',
          '    text: Polisen deltar i en trygghetsvandring under året.',
          '    words: [trygghetsvandring]',
          '    rule: { kind: milestone }',
          '',
        ].join('\n'),
      );
    const editedFile = join(dir, 'overkalix-2018.yml');
    writeFileSync(editedFile, edited);
    const changed = await lb(db, 'import', editedFile, '--dry-run');
    expect(changed.code).toBe(0);
    const lines = changed.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^Import skulle spara version (\d+) i stället för version \d+:$/);
    expect(lines.slice(2)).toEqual([
      '  nytt löfte: trygghetsvandring',
      '  borttaget löfte: aktivitetsdag',
      '  ändrat löfte: trafikinsats (rule)',
    ]);
    expect(await versions(db)).toEqual(before);

    const broken = join(dir, 'trasig.yml');
    writeFileSync(
      broken,
      text.replace('rule: { kind: count, target: 4 }', 'rule: { kind: count, target: 0 }'),
    );
    const refused = await lb(db, 'import', broken, '--dry-run');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toMatch(
      /^Torrkörning: filen skulle inte importeras: 1 fel\. Inget har sparats\.\nrad \d+, promises\[7\]\.rule\.target: /,
    );
    expect(await versions(db)).toEqual(before);

    // Months on a kind that cannot take them: refused in Swedish, naming the promise and the field.
    const months = join(dir, 'manader.yml');
    writeFileSync(
      months,
      text.replace('rule: { kind: count, target: 4 }', 'rule: { kind: milestone, months: [nov, dec, jan] }'),
    );
    const monthsRefused = await lb(db, 'import', months, '--dry-run');
    expect(monthsRefused.code).toBe(1);
    expect(monthsRefused.stderr).toMatch(
      /^Torrkörning: filen skulle inte importeras: 1 fel\. Inget har sparats\.\nrad \d+, promises\[7\]\.rule\.months: löftet "trafikinsats": months går inte med kind: milestone: en leverans har ett datum \(due\), inga månader att räkna\n$/,
    );
    expect(await versions(db)).toEqual(before);
  }, 240_000);
});

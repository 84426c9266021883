// `/rapport` files when the promise file and the officers' own places carry markup: a municipal site
// that renders the Markdown must show the text, never run or draw it, and a police area written as an
// abbreviation keeps its capitals in every title.
import { describe, expect, it } from 'vitest';
import { createReportDocuments } from '../../../src/adapters/documents/index.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

const FILE = `key: prov-2018
format: 2
title: Medborgarlöfte 2018
municipality: Provkommun
policeArea: LPO Syd <i>x</i>
period: { start: 2018-01-01, end: 2018-12-31 }
reportDue: 2019-01-31
places:
  - { id: bild, name: "<img src=x onerror=alert(1)>", aliases: [bild] }
promises:
  - id: kontakt
    category: Trygghet
    title: "Kontakt <script>alert(2)</script>"
    text: Kontakter.
    words: [kontakt]
    rule: { kind: count, target: 2 }
    places: open
`;

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

async function markdownFiles() {
  const { run } = await createCoreHarness('2018-03-19T09:00', {
    promiseFile: FILE,
    admins: ['console:eva'],
    reports: createReportDocuments(async () => null),
  });
  expect((await run('eva', '/logga kontakt bild')).text).toMatch(/^Loggat: kontakt · <img/);
  expect((await run('eva', '/logga kontakt <svg/onload=alert(3)> "<b>fet</b> \\<u>"')).text).toMatch(
    /^Loggat: kontakt · <svg\/onload=alert\(3\)>/,
  );
  const md = async (line: string) => {
    const reply = await run('eva', line);
    return decode(reply.files!.find((f) => f.name.endsWith('.md'))!.data);
  };
  return [await md('/rapport 2018'), await md('/rapport 2018 publik')];
}

describe('markup in names, places and notes', () => {
  it('is escaped in the Markdown report, internal and public, so no renderer makes it a tag', async () => {
    const files = await markdownFiles();
    for (const md of files) {
      // Every "<" that reaches the file is escaped; "\<" written by the officer stays escaped too.
      expect(md).not.toMatch(/(^|[^\\])(\\\\)*</m);
      expect(md).toContain('Kontakt \\<script>alert(2)\\</script>');
      expect(md).toContain('\\<img src=x onerror=alert(1)>');
      expect(md).toContain('\\<svg/onload=alert(3)>');
    }
    expect(files[0]).toContain('\\<b>fet\\</b> \\\\\\<u>');
  });

  it('keeps an abbreviated police area in capitals in the title', async () => {
    const [md] = await markdownFiles();
    expect(md?.split('\n')[0]).toBe(
      '# Uppföljning av medborgarlöfte 2018 — Provkommun och LPO Syd \\<i>x\\</i>',
    );
  });
});

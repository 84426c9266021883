// Lines as officers type them on a phone after a shift, through the one command entry point: what the
// bot answers must be what they meant, or a plain question, and never something else stored.
import { describe, expect, it } from 'vitest';
import { createHarness, SET_KEY } from './app-harness.ts';

describe('logga ändra with a count', () => {
  it('reads "ändra 3 st" as three for the latest entry, not as entry 3 with a stray "st"', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    await h.run('U1', '/logga medborgarkontakt Centrum 2018-03-12');
    await h.run('U1', '/logga medborgarkontakt Skolan 2018-03-13');
    await h.run('U1', '/logga medborgarkontakt Centrum igår');
    const reply = await h.run('U1', '/logga ändra 3 st');
    expect(reply.text.split('\n').slice(0, 2)).toEqual([
      'Ändrat: medborgarkontakt · Centrum · mån 19 mars (v.12) · 1 st',
      '→ medborgarkontakt · Centrum · mån 19 mars (v.12) · 3 st',
    ]);
    const counts = (await h.deps.store.findActivities(SET_KEY)).map((a) => `${a.date} ${a.count}`).sort();
    expect(counts).toEqual(['2018-03-12 1', '2018-03-13 1', '2018-03-19 3']);
  });

  it('still reads "ändra 2 tre gånger" as entry 2, and "ändra 2 gånger" as a count', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    await h.run('U1', '/logga medborgarkontakt Skolan 2018-03-13');
    await h.run('U1', '/logga medborgarkontakt Centrum igår');
    expect((await h.run('U1', '/logga ändra 2 tre gånger')).text).toMatch(
      /^Ändrat: medborgarkontakt · Skolan · tis 13 mars \(v\.11\) · 1 st\n→ medborgarkontakt · Skolan · tis 13 mars \(v\.11\) · 3 st/,
    );
    expect((await h.run('U1', '/logga ändra 2 gånger')).text).toMatch(
      /^Ändrat: medborgarkontakt · Centrum · mån 19 mars \(v\.12\) · 1 st\n→ medborgarkontakt · Centrum · mån 19 mars \(v\.12\) · 2 st/,
    );
  });
});

describe('partners joined as on a phone', () => {
  it('reads "o" and "+" between partners as "och"', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    expect((await h.run('U1', '/logga riskkväll Centrum i lördags med soc o kommunen')).text).toMatch(
      /^Loggat: riskkväll · Centrum · lör 17 mars \(v\.11\) · 1 st · med Socialtjänsten, Kommunen — 1 av 2/,
    );
    expect((await h.run('U1', '/logga aktivitetsdag skolan med skola o hälsocentralen + brå')).text).toMatch(
      /^Loggat: aktivitetsdag · Skolan · tis 20 mars \(v\.12\) · 1 st · med Skolan, Hälsocentralen, BRÅ-gruppen — 1 av 1/,
    );
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(2);
  });

  it('names the word after "o" that is no partner, with the nearest one, and stores nothing', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    const reply = await h.run('U1', '/logga aktivitetsdag Skolan med skola o hälsocentral');
    expect(reply.text).toMatch(/^Förstod inte "hälsocentral" efter "med": .*Menade du "Hälsocentralen"\?/);
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(0);
  });
});

describe('a count written as "some"', () => {
  it.each([
    ['/logga medborgarkontakt Centrum ett par', '"ett par"'],
    ['/logga medborgarkontakt Centrum igår ett par st', '"ett par st"'],
    ['/logga medborgarkontakt Centrum några', '"några"'],
    ['/logga medborgarkontakt Skolan flera gånger', '"flera gånger"'],
  ])('%s is asked about, nothing stored', async (line, part) => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    const reply = await h.run('U1', line);
    expect(reply.text).toBe(
      `Hur många? ${part} är inget antal som kan räknas: skriv antalet, t.ex. 2 st. Inget sparades.`,
    );
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(0);
  });

  it('leaves "en" and "ett" alone where they are counts or part of a name', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    expect((await h.run('U1', '/logga medborgarkontakt Centrum en gång')).text).toMatch(
      /^Loggat: medborgarkontakt · Centrum · tis 20 mars \(v\.12\) · 1 st/,
    );
  });
});

describe('a week number that has not come this year', () => {
  it("is asked about like a date without a year when last year's is long gone, and nothing is stored", async () => {
    const h = await createHarness({ now: '2018-03-19T08:00:00' });
    // Week 23 of 2018 has not begun on 19 March; week 23 of 2017 (5–11 June 2017) is nine months back.
    const reply = await h.run('U1', '/logga helg v 23');
    expect(reply.text).toBe(
      '"v 23" har inte varit i år, och v.23 2017 (5–11 juni 2017) är mer än tre månader sedan: skriv dagen med år om det var då (t.ex. 5/6/2017). /logga gäller gjorda aktiviteter; planera med /planera. Inget har sparats.',
    );
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(0);
  });

  it("still means last December's week in January", async () => {
    const h = await createHarness({ now: '2019-01-08T08:00:00' });
    // v.52 of 2018 (24–30 December 2018) is 15 days back from 8 January 2019: last year's, no question.
    const reply = await h.run('U1', '/logga medborgarkontakt Centrum v.52');
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum · v\.52 2018 \(24–30 december\)/);
  });
});

describe('a report for a year the set does not follow', () => {
  it.each([
    ['/rapport 2108', '2108'],
    ['/rapport 1999', '1999'],
    ['/rapport 2017', '2017'],
  ])("%s names the set's period in words and the year to write", async (line, year) => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    await h.run('UADMIN', '/loften roll <@U1> chef');
    expect((await h.run('U1', line)).text).toBe(
      `Här följs Medborgarlöfte 2018 för Överkalix kommun (1 januari 2018–31 december 2018). Någon rapport för ${year} finns inte här; skriv /rapport 2018.`,
    );
  });
});

describe('a weekday named with its week', () => {
  it('reads "tisdag förra veckan" and "fredag nästa vecka" as that day of that week', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    // Tuesday 20 March 2018 (v.12): last week's Tuesday is 13 March, next week's Friday 30 March.
    expect((await h.run('U1', '/logga medborgarkontakt Centrum tisdag förra veckan')).text).toMatch(
      /^Loggat: medborgarkontakt · Centrum · tis 13 mars \(v\.11\)/,
    );
    expect((await h.run('U1', '/planera riskkväll Centrum fredag nästa vecka med soc')).text).toMatch(
      /^Planerat: riskkväll · Centrum · fre 30 mars \(v\.13\)/,
    );
  });

  it('asks which Friday "nästa fredag" is when the coming one and next week\'s differ, and stores nothing', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    const reply = await h.run('U1', '/planera riskkväll Centrum nästa fredag med soc');
    expect(reply.text).toBe(
      'Menar du fre 23 mars eller fre 30 mars med "nästa fredag"? Skriv datumet, 23/3 eller 30/3. Inget sparades.',
    );
    expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(0);
  });

  it('takes "nästa fredag" said at the weekend as the only Friday it can be', async () => {
    const h = await createHarness({ now: '2018-03-24T10:00:00' });
    // Saturday 24 March: the coming Friday (30 March) is in next week.
    expect((await h.run('U1', '/planera riskkväll Centrum nästa fredag med soc')).text).toMatch(
      /^Planerat: riskkväll · Centrum · fre 30 mars \(v\.13\)/,
    );
  });
});

describe('a date written with dots and its year', () => {
  it('reads 05.03.2018 and 5.3.18 as 5 March 2018, and still asks about 11.10', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    expect((await h.run('U1', '/logga medborgarkontakt Centrum 05.03.2018')).text).toMatch(
      /^Loggat: medborgarkontakt · Centrum · mån 5 mars \(v\.10\)/,
    );
    expect((await h.run('U1', '/logga medborgarkontakt Skolan 5.3.18')).text).toMatch(
      /^Loggat: medborgarkontakt · Skolan · mån 5 mars \(v\.10\)/,
    );
    expect((await h.run('U1', '/logga medborgarkontakt Centrum 11.10')).text).toMatch(
      /^Är "11\.10" ett datum eller ett klockslag\?/,
    );
    expect((await h.run('U1', '/logga medborgarkontakt Centrum 31.02.2018')).text).toMatch(
      /^"31\.02\.2018" är inget giltigt datum\./,
    );
  });
});

describe('a number that is no count, date or time', () => {
  it.each(['-3', '1e9', '99999-01-01', '3/3/99999'])(
    '"%s" is named as such, not offered a place',
    async (part) => {
      const h = await createHarness({ now: '2018-03-20T10:00:00' });
      expect((await h.run('U1', `/logga medborgarkontakt Centrum ${part}`)).text).toBe(
        `Förstod inte "${part}": det är inget antal, datum eller klockslag. Skriv antal som 3 st, datum som 14/3 eller 2018-03-14 och klockslag som kl 21. Inget sparades.`,
      );
      expect(await h.deps.store.findActivities(SET_KEY)).toHaveLength(0);
    },
  );
});

describe('a command the role does not allow', () => {
  it('says "nothing saved" for a write, not for a report that only reads', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    expect((await h.run('U1', '/rapport 2018')).text).toBe(
      'Det här kräver rollen arbetsgrupp i kanalen, och du har rollen polis. Be en administratör om behörighet (/loften roll).',
    );
    expect((await h.run('U1', '/loften kommentar aktivitetsdag "inställd"')).text).toBe(
      'Det här kräver rollen arbetsgrupp i kanalen, och du har rollen polis. Inget har sparats. Be en administratör om behörighet (/loften roll).',
    );
  });
});

describe('a partner that is not in the list', () => {
  it('is answered with every partner by name, not a dozen aliases', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    expect((await h.run('U1', '/logga riskkväll Centrum i lördags med polisen')).text).toBe(
      'Förstod inte "polisen" efter "med": ingen samverkanspart heter så. Parter: Socialtjänsten, Skolan, Hälsocentralen, Kommunen, BRÅ-gruppen, Tullen, Speditörer, Försändelseombud, Nattvandrare. Skriv: med <part>, <part> eller med @kollega.',
    );
  });
});

describe('"Menade du …?" for a word that is no place', () => {
  it('suggests the place for a typo, and none for a short word or an emoji that is near nothing', async () => {
    const h = await createHarness({ now: '2018-03-20T10:00:00' });
    const reply = async (word: string) => (await h.run('U1', `/logga medborgarkontakt ${word}`)).text;
    expect(await reply('centm')).toMatch(
      /^Förstod inte "centm": det är ingen plats i listan\. Menade du "Centrum"\?/,
    );
    expect(await reply('ica:n')).toMatch(/Menade du "ica" \(Företag\)\?/);
    // "ett" and "E4" are two edits apart, as are "o" and "E4": no suggestion, the list of places.
    for (const word of ['ett', 'o', '👮'])
      expect(await reply(word)).toMatch(
        new RegExp(`^Förstod inte "${word}": det är ingen plats i listan\\. Platser: Centrum, Skolan`),
      );
  });
});

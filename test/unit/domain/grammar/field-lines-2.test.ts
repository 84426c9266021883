// Lines typed in a field test on three promise files nobody on the team had seen (Älvkarleby 2019,
// Strängnäs 2019, Tierp 2020–2021, written from their published promises): place or count before the
// activity, number words alone, lower case and missing diacritics. Each row is the line as typed and
// what a careful reader expects stored, or the question asked instead (nothing stored).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSwedishHolidays } from '../../../../src/adapters/scheduler/swedish-holidays.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';

function load(path: string): PromiseSetDef {
  const text = readFileSync(new URL(`../../../../promises/${path}.yml`, import.meta.url), 'utf8');
  const result = loadPromiseFile(text);
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const holidayName = createSwedishHolidays();
const sets: Record<string, PromiseSetDef> = {
  alvkarleby: load('examples/alvkarleby-2019'),
  strangnas: load('examples/strangnas-2019'),
  tierp: load('examples/tierp-2020'),
  overkalix: load('overkalix-2018'),
};

// set | today | line | expected: `promise date place count partners` (- for none), or `? code`.
const TABLE = `
alvkarleby	2019-09-02	logga tk rotskarsskolan 3 st	trafikkontroller 2019-09-02 rotskarsskolan 3 -
alvkarleby	2019-09-02	logga trafikkontroll jungfruholmen igår fordon 12	trafikkontroller 2019-09-01 jungfruholmen 1 -
alvkarleby	2019-09-02	logga narvaro vid ekbackens forskola i fredags	narvaro-skolor 2019-08-30 ekbacken 1 -
alvkarleby	2019-09-09	logga Rotskärsskolan trafikkontroll	trafikkontroller 2019-09-09 rotskarsskolan 1 -
alvkarleby	2019-09-09	logga rotskär tk igår	trafikkontroller 2019-09-08 rotskarsskolan 1 -
alvkarleby	2019-09-09	logga ekbacken i fredags närvaro	narvaro-skolor 2019-09-06 ekbacken 1 -
alvkarleby	2019-09-09	logga Rotskärsskolan	? unknown-activity
alvkarleby	2019-09-09	logga Rotskärsskolan tk närvaro	? unknown-activity
alvkarleby	2019-09-09	logga trafikkontrol rotskarskolan	? unknown-activity
alvkarleby	2019-09-09	logga tk ekbacken tre st i fredags hastighet	trafikkontroller 2019-09-06 ekbacken 3 -
alvkarleby	2019-09-09	logga tk, ekbacken, 2 st.	trafikkontroller 2019-09-09 ekbacken 2 -
alvkarleby	2019-09-09	logga närvaro skutskär	? unknown-place
alvkarleby	2019-09-16	logga kontroll rotskärsskolan förra veckan fart	trafikkontroller 2019-09-09 rotskarsskolan 1 -
alvkarleby	2019-09-16	logga tk ekbackens förskola i onsdags	trafikkontroller 2019-09-11 ekbacken 1 -
alvkarleby	2019-09-23	logga tk jungfruholmens forskola igar	trafikkontroller 2019-09-22 jungfruholmen 1 -
alvkarleby	2019-09-23	logga vandring gc-vägar igår kl 21 med kommun, polis, referensgrupp	trygghetsvandring 2019-09-22 cykelbanor 1 kommunen,polisen,referensgruppen
alvkarleby	2019-10-14	logga tk ekbacken den 11:e	trafikkontroller 2019-10-11 ekbacken 1 -
alvkarleby	2019-10-14	logga tk ekbacken 11:e	trafikkontroller 2019-10-11 ekbacken 1 -
alvkarleby	2019-10-14	logga tk ekbacken den 20	trafikkontroller 2019-09-20 ekbacken 1 -
alvkarleby	2019-10-14	logga tk ekbacken den 10 okt	trafikkontroller 2019-10-10 ekbacken 1 -
alvkarleby	2019-10-14	logga tk ekbacken den 31	trafikkontroller 2019-08-31 ekbacken 1 -
alvkarleby	2019-10-14	planera tk ekbacken den 20	trafikkontroller 2019-10-20 ekbacken 1 -
alvkarleby	2019-10-14	logga tk ekbacken 11.10	? bad-date
alvkarleby	2019-10-14	logga tk ekbacken kl 11.10	trafikkontroller 2019-10-14 ekbacken 1 -
alvkarleby	2019-10-14	logga vandring cykelbanorna i torsdags kl 21 med kommunen polisen referensgruppen	trygghetsvandring 2019-10-10 cykelbanor 1 kommunen,polisen,referensgruppen
alvkarleby	2019-10-14	logga vandring med kommun polis och referensgrupp cykelbanorna	trygghetsvandring 2019-10-14 cykelbanor 1 kommunen,polisen,referensgruppen
alvkarleby	2019-09-23	logga atgardsplan klar	atgardsplan 2019-09-23 - 1 -
alvkarleby	2019-09-23	logga åtgärdsplan färdig igår	atgardsplan 2019-09-22 - 1 -
strangnas	2019-09-02	logga gsv stallarholmen	grannsamverkan 2019-09-02 stallarholmen 1 -
strangnas	2019-09-02	logga stallarholmen gsv	grannsamverkan 2019-09-02 stallarholmen 1 -
strangnas	2019-09-02	logga tosterön grannsamverkan 28/8	grannsamverkan 2019-08-28 tosterön 1 -
strangnas	2019-09-02	logga trygghetsvandring marielund med trygghetssamordnaren igår kväll	trygghetsvandringar 2019-09-01 laggesta 1 kommunen
strangnas	2019-09-02	logga med kommunen vandring abborrberget	trygghetsvandringar 2019-09-02 abborrberget 1 kommunen
strangnas	2019-09-10	logga TK Strängnäs 2 st Nykterhet fordon 80 blås 80	trafikkontroller 2019-09-10 centrum 2 -
strangnas	2019-09-10	logga tk akers styckebruk	trafikkontroller 2019-09-10 akers-styckebruk 1 -
strangnas	2019-09-10	logga e20 tk igår	trafikkontroller 2019-09-09 e20 1 -
strangnas	2019-09-10	logga tk stan fem	trafikkontroller 2019-09-10 centrum 5 -
strangnas	2019-09-10	logga tk tre rosor	trafikkontroller 2019-09-10 tre rosor 1 -
strangnas	2019-10-07	logga tk mariefred x 3	trafikkontroller 2019-10-07 mariefred 3 -
strangnas	2019-10-07	logga tk mariefred x3	trafikkontroller 2019-10-07 mariefred 3 -
strangnas	2019-10-07	logga trafik kontroll mariefred	trafikkontroller 2019-10-07 mariefred 1 -
strangnas	2019-10-07	logga båt samverkan mälaren	batsamverkan 2019-10-07 mälaren 1 -
strangnas	2019-10-07	logga tk mfd fordon: 40	trafikkontroller 2019-10-07 mariefred 1 -
strangnas	2019-10-07	logga grannsamverkan: stallarholmen	grannsamverkan 2019-10-07 stallarholmen 1 -
strangnas	2019-10-07	logga gsv – stallarholmen – igår	grannsamverkan 2019-10-06 stallarholmen 1 -
strangnas	2019-10-07	logga vandring stallis med kommunen & securitas	trygghetsvandringar 2019-10-07 stallarholmen 1 kommunen,vaktbolaget
strangnas	2019-10-07	logga vandring stallis m kommunen	trygghetsvandringar 2019-10-07 stallarholmen 1 kommunen
strangnas	2019-10-07	logga vandring stallis tillsammans med kommunen	trygghetsvandringar 2019-10-07 stallarholmen 1 kommunen
strangnas	2019-10-07	logga vandring stallis med kommunenn	? unknown-partner
tierp	2021-03-01	logga skolkontroll aspen i fredags fordon 20	trafikkontroller 2021-02-26 aspenskolan 1 -
tierp	2021-03-01	logga kontroll karlholm 24/2 tre st	trafikkontroller 2021-02-24 kyrkskolan 3 -
tierp	2021-03-01	logga tk soderfors	trafikkontroller 2021-03-01 soderfors-skola 1 -
tierp	2021-03-08	logga tk kyrkskolan fyra	trafikkontroller 2021-03-08 kyrkskolan 4 -
tierp	2021-03-08	logga tk kyrkskolan 4	trafikkontroller 2021-03-08 kyrkskolan 4 -
tierp	2021-03-08	logga tk två kyrkskolan	trafikkontroller 2021-03-08 kyrkskolan 2 -
tierp	2021-03-08	logga 2 tk kyrkskolan	trafikkontroller 2021-03-08 kyrkskolan 2 -
tierp	2021-03-08	logga tre tk centralskolan igår	trafikkontroller 2021-03-07 centralskolan 3 -
tierp	2021-03-08	logga centralskolan	? unknown-activity
tierp	2021-03-08	logga tk kyrkskolan två fyra	? bad-count
tierp	2021-03-08	logga tk centralskolan 12/3	? future-date
tierp	2021-03-08	logga tk centralskolan 12 mars	? future-date
tierp	2021-03-08	logga tk centralskolan 12/3/2020	trafikkontroller 2020-03-12 centralskolan 1 -
tierp	2021-03-08	logga tk centralskolan 12 mars 2020	trafikkontroller 2020-03-12 centralskolan 1 -
tierp	2021-01-15	logga tk centralskolan 27/12	trafikkontroller 2020-12-27 centralskolan 1 -
tierp	2021-03-01	logga trafiksamråd aspenskolan	? unknown-partner
tierp	2021-03-01	logga trygghetsvandring med kommunen	? unknown-place
overkalix	2018-03-20	logga Centrum medborgarkontakt igår	medborgarkontakt 2018-03-19 centrum 1 -
overkalix	2018-03-20	logga centrum mk två	medborgarkontakt 2018-03-20 centrum 2 -
overkalix	2018-03-20	logga med soc riskkväll i lördags	riskkvall 2018-03-17 - 1 socialtjansten
overkalix	2018-03-20	logga patrull centrum	? unknown-activity
overkalix	2018-03-20	logga riskkväll med soc nattvandrarna	riskkvall 2018-03-20 - 1 socialtjansten,nattvandrare
overkalix	2018-03-20	logga riskkväll med soc skolan	riskkvall 2018-03-20 skolan 1 socialtjansten
overkalix	2018-03-20	logga mk centrum den 3	medborgarkontakt 2018-03-03 centrum 1 -
`;

const rows = TABLE.trim()
  .split('\n')
  .map((raw) => {
    const [set = '', today = '', line = '', expected = ''] = raw.split('\t');
    return { set, today, line, expected };
  });

describe('field test lines on promise files nobody on the team wrote', () => {
  it.each(rows)('$set $today: $line → $expected', ({ set, today, line, expected }) => {
    const result = parseCommand(line, { set: sets[set]!, today, holidayName });
    if (expected.startsWith('?')) {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe(expected.slice(2));
        expect(result.error.message.length).toBeGreaterThan(20);
      }
      return;
    }
    if (!result.ok) throw new Error(`${line}: ${result.error.message}`);
    const command = result.value;
    if (command.kind !== 'log' && command.kind !== 'plan') throw new Error(`${line}: ${command.kind}`);
    const parts = expected.split(' ');
    const [promise = '', date = ''] = parts;
    const [count = '', partners = ''] = parts.slice(-2);
    const place = parts.slice(2, -2).join(' ');
    const e = command.entry;
    expect(e.promiseIds).toContain(promise);
    expect(e.date).toBe(date);
    expect(e.place ?? '-').toBe(place);
    expect(String(e.count)).toBe(count);
    expect(e.partners.length ? e.partners.join(',') : '-').toBe(partners);
  });
});

describe('a day and month that has not come this year', () => {
  it('is asked about, with the year to write, when last year is more than three months back', () => {
    const result = parseCommand('logga tk centralskolan 12/3', {
      set: sets.tierp!,
      today: '2021-03-08',
      holidayName,
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('tor 12 mars 2020');
    expect(result.error.message).toContain('12/3/2020');
    expect(result.error.message).toContain('Inget har sparats');
  });
});

describe('/rapport with the year as a chief says it', () => {
  it.each([
    ['rapport i år', { year: 2021 }],
    ['rapport iår', { year: 2021 }],
    ['/rapport förra året docx', { year: 2020, format: 'docx' }],
    ['rapport i fjol', { year: 2020 }],
    ['rapport T1 i år', { year: 2021, period: { unit: 'tertial', index: 1 } }],
  ])('%s', (line, expected) => {
    const result = parseCommand(line, { set: sets.tierp!, today: '2021-03-15', holidayName });
    expect(result.ok && result.value).toEqual({ kind: 'report', ...expected });
  });

  it('refuses two years', () => {
    const result = parseCommand('rapport 2020 i år', { set: sets.tierp!, today: '2021-03-15', holidayName });
    expect(result.ok).toBe(false);
  });
});

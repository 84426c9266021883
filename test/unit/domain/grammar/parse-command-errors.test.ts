import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import type { ErrorCode } from '../../../../src/domain/types.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();
const today = '2018-03-21';
const USAGE = 'Skriv: /logga <aktivitet> [plats] [när] [antal] [med <part>] ["anteckning"]';
const REFUSAL = 'Löftesbot sparar inga personuppgifter om medborgare — skriv utan';

type Case = [line: string, code: ErrorCode, part: string, today?: string];

const cases: Case[] = [
  ['', 'empty', 'Skriv ett kommando, t.ex. /logga medborgarkontakt Centrum.'],
  ['   ', 'empty', 'Skriv ett kommando'],
  [`/logga närvaro ${'x'.repeat(486)}`, 'too-long', 'Raden är för lång: 501 tecken, högst 500.'],
  [
    'blaha',
    'unknown-command',
    'Okänt kommando "blaha". Kommandon: /logga, /planera, /status, /rapport, /loften och /hjälp.',
  ],
  ['/loga närvaro', 'unknown-command', 'Menade du "/logga"?'],
  [
    '/logga blaha',
    'unknown-activity',
    `Förstod inte "blaha": ingen aktivitet heter så. Aktiviteter: helgbemanning, närvaro,`,
  ],
  ['/logga blaha', 'unknown-activity', USAGE],
  ['/logga medborgarkontak Centrum', 'unknown-activity', 'Menade du "medborgarkontakt"?'],
  ['/logga medborg', 'unknown-activity', 'Menade du "medborgarkontakt"?'],
  ['/logga trafikinsats+blaha', 'unknown-activity', 'Förstod inte "blaha": ingen aktivitet heter så.'],
  ['/logga <@U1> närvaro', 'unknown-activity', 'Börja med aktiviteten.'],
  [
    '/logga medborgarkontakt Centrm',
    'unknown-place',
    'Förstod inte "Centrm": det är ingen plats i listan. Menade du "Centrum"?',
  ],
  [
    '/logga kontakt Kiosken',
    'unknown-place',
    'Förstod inte "Kiosken": det är ingen plats i listan. Platser: Centrum, Skolan,',
  ],
  [
    '/logga närvaro Centrum Skolan',
    'unknown-place',
    'Två platser: "Centrum" och "Skolan". Logga en plats per rad.',
  ],
  ['/logga närvaro Kiosken Centrum', 'unknown-place', 'Två platser: "Kiosken" och "Centrum".'],
  ['/logga skolbesök igår', 'unknown-place', 'Var? Skolbesök räknas bara på en plats: Centrum, Skolan'],
  ['/logga närvaro Centrum blaha', 'unexpected', `Förstod inte "blaha". ${USAGE}`],
  ['/logga närvaro Kiosken 2 st blaha', 'unexpected', 'Förstod inte "blaha".'],
  ['/logga närvaro 12.99', 'unexpected', 'Förstod inte "12.99".'],
  [
    '/logga närvaro medborgarkontakt',
    'unexpected',
    'Flera aktiviteter skrivs ihop med +, t.ex. närvaro+medborgarkontakt.',
  ],
  ['/logga närvaro igr', 'unexpected', 'Förstod inte "igr". Menade du "igår"?'],
  [
    '/logga närvaro 2018-02-30',
    'bad-date',
    '"2018-02-30" är inget giltigt datum. Skriv datum som idag, igår,',
  ],
  ['/logga närvaro 31/4', 'bad-date', '"31/4" är inget giltigt datum.'],
  ['/logga närvaro v.54', 'bad-date', '"v.54" är ingen vecka; veckor har nummer 1–53.'],
  ['/logga närvaro v.53', 'bad-date', 'Vecka 53 finns inte 2018.'],
  ['/logga närvaro vecka', 'bad-date', 'Ange veckans nummer, t.ex. vecka 14.'],
  ['/logga närvaro igår 2018-03-10', 'bad-date', 'Två datum: "igår" och "2018-03-10". Skriv bara ett.'],
  [
    '/logga riskkväll kl 25 med soc',
    'bad-date',
    'Förstod inte klockslaget "kl 25". Skriv t.ex. kl 21, kl 21:30 eller kl 21-23.',
  ],
  ['/logga riskkväll kl 21 kl 22', 'bad-date', 'Två klockslag: "kl 21" och "kl 22".'],
  [
    '/logga närvaro imorgon',
    'future-date',
    'Datumet "imorgon" (2018-03-22) har inte varit än. /logga gäller gjorda aktiviteter; planera med /planera.',
  ],
  ['/logga närvaro 2018-03-22', 'future-date', 'Datumet 2018-03-22 har inte varit än.'],
  // A week number is the latest week with that number that has begun, but v.13 typed in March would be
  // last year's (27 March 2017, 359 days back): asked about, like 12/3 typed on 8 March.
  [
    '/logga närvaro v.13',
    'future-date',
    '"v.13" har inte varit i år, och v.13 2017 (27 mars–2 april 2017) är mer än tre månader sedan',
  ],
  [
    '/logga närvaro 2017-12-31',
    'outside-period',
    'Datumet 31 december 2017 ligger utanför perioden 1 januari–31 december 2018, så inget sparades.',
  ],
  [
    '/logga närvaro igår',
    'outside-period',
    'Datumet "igår" (31 december 2017) ligger utanför perioden 1 januari–31 december 2018, så inget sparades.',
    '2018-01-01',
  ],
  [
    '/logga närvaro 2019-02-01',
    'outside-period',
    'Datumet 1 februari 2019 ligger utanför perioden 1 januari–31 december 2018, så inget sparades.',
    '2019-02-05',
  ],
  [
    '/logga sammanställning 2019-02-01',
    'outside-period',
    'Datumet 1 februari 2019 ligger utanför perioden 1 januari 2018–31 januari 2019, så inget sparades.',
    '2019-02-05',
  ],
  [
    '/planera närvaro idag',
    'past-date',
    '/planera gäller kommande dagar, och "idag" (2018-03-21) är inte i framtiden.',
  ],
  ['/planera närvaro v.11', 'outside-period', 'Datumet "v.11" (11 mars 2019) ligger utanför perioden'],
  [
    '/planera närvaro v.12',
    'outside-period',
    'Datumet "v.12" (18 mars 2019) ligger utanför perioden',
    '2018-03-25',
  ],
  ['/planera närvaro v.53', 'bad-date', 'Vecka 53 finns inte 2018.'],
  [
    '/planera närvaro Centrum',
    'bad-date',
    'Ange när aktiviteten ska ske, t.ex. imorgon, fredag, 2018-03-23 eller v.14.',
  ],
  ['/planera', 'empty', 'Skriv vad som ska göras och när. Skriv: /planera <aktivitet> [plats] <när>'],
  [
    '/logga närvaro 0 st',
    'bad-count',
    'Antalet "0 st" går inte: skriv ett antal mellan 1 och 1000, t.ex. 3 st.',
  ],
  ['/logga närvaro 1001 st', 'bad-count', 'mellan 1 och 1000'],
  ['/logga närvaro x99999999999', 'bad-count', 'mellan 1 och 1000'],
  ['/logga närvaro 2 st 3 st', 'bad-count', 'Två antal: "2 st" och "3 st".'],
  ['/logga trafikinsats fordon=2000000', 'bad-count', 'Siffran "fordon=2000000" är för stor.'],
  [
    '/logga riskkväll med blaha',
    'unknown-partner',
    'Förstod inte "blaha" efter "med": ingen samverkanspart heter så. Parter: Socialtjänsten',
  ],
  ['/logga riskkväll med socialtjänstn', 'unknown-partner', 'Menade du "Socialtjänsten"?'],
  ['/logga riskkväll med soc, blaha', 'unknown-partner', 'Förstod inte "blaha" efter "med"'],
  [
    '/logga riskkväll med',
    'unknown-partner',
    'Skriv vem ni samverkade med: med <part>, <part> eller med @kollega.',
  ],
  ['/logga närvaro "lugnt', 'bad-note', 'Anteckningen saknar avslutande citattecken.'],
  ['/logga närvaro "a" "b"', 'bad-note', 'Skriv bara en anteckning per rad'],
  [`/logga närvaro "${'a'.repeat(301)}"`, 'bad-note', 'Anteckningen är för lång: 301 tecken, högst 300.'],
  [
    '/logga närvaro "198112189876"',
    'personal-data',
    `Anteckningen ser ut att innehålla ett personnummer. ${REFUSAL} personnumret`,
  ],
  [
    '/logga närvaro "pojke 811218-9876"',
    'personal-data',
    'Anteckningen ser ut att innehålla ett personnummer.',
  ],
  [
    '/logga närvaro "701063-2391"',
    'personal-data',
    'Anteckningen ser ut att innehålla ett samordningsnummer.',
  ],
  [
    '/logga närvaro "ring 070-123 45 67"',
    'personal-data',
    `Anteckningen ser ut att innehålla ett telefonnummer. ${REFUSAL} telefonnumret`,
  ],
  [
    '/logga närvaro "anna.svensson@example.se"',
    'personal-data',
    'Anteckningen ser ut att innehålla en e-postadress.',
  ],
  [
    '/logga trafikinsats E4 "bil ABC 123"',
    'personal-data',
    'Anteckningen ser ut att innehålla ett registreringsnummer.',
  ],
  [
    '/logga trafikinsats E4 “MLB12A”',
    'personal-data',
    'Anteckningen ser ut att innehålla ett registreringsnummer.',
  ],
  ['/logga trafikinsats ABC 123', 'personal-data', 'Raden ser ut att innehålla ett registreringsnummer.'],
  ['/logga närvaro 811218-9876', 'personal-data', 'Raden ser ut att innehålla ett personnummer.'],
  ['/status nu', 'unexpected', 'Förstod inte "nu". Skriv: /status'],
  [
    '/rapport 2018 pdf',
    'unexpected',
    'Förstod inte "pdf". Skriv: /rapport [år] [period] [md|csv|docx|xlsx|json]',
  ],
  ['/rapport 2018 2019', 'unexpected', 'Förstod inte "2019".'],
  ['loften koppla', 'unknown-set', 'Skriv: /loften koppla <nyckel>, t.ex. /loften koppla overkalix-2018'],
  ['loften koppla a b', 'unknown-set', 'Skriv: /loften koppla <nyckel>'],
  ['loften roll @anna kung', 'unexpected', 'Skriv: /loften roll @person <polis|grupp|chef|admin>'],
  ['loften blaha', 'unexpected', 'Förstod inte "blaha". Skriv: /loften'],
  ['hjälp blaha', 'unexpected', 'Förstod inte "blaha". Skriv: /hjälp'],
  ['/logga ångra nu', 'unknown-activity', 'Förstod inte "ångra": ingen aktivitet heter så.'],
];

describe('lines that cannot be understood', () => {
  it.each(cases)('%s → %s', (line, code, part, day = today) => {
    const result = parseCommand(line, { set, today: day });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(part);
  });

  it('names the bad part of the line in `part`', () => {
    const result = parseCommand('/logga närvaro Centrum blaha', { set, today });
    expect(result).toMatchObject({ ok: false, error: { part: 'blaha', field: 'text' } });
    expect(parseCommand('/logga närvaro 2018-02-30', { set, today })).toMatchObject({
      ok: false,
      error: { part: '2018-02-30', field: 'date' },
    });
  });

  it('refuses entries, plans, comments and judgements when the channel has no promise set', () => {
    for (const line of [
      '/logga närvaro',
      '/planera närvaro 2018-03-24',
      '/loften kommentar närvaro "Inställt på grund av snöstorm"',
      '/loften bedöm närvaro uppfyllt',
    ]) {
      const result = parseCommand(line, { set: null, today });
      expect(result, line).toMatchObject({ ok: false, error: { code: 'not-bound' } });
      if (!result.ok) expect(result.error.message, line).toContain('/loften koppla <nyckel>');
    }
  });

  it('refuses an invalid "today" instead of guessing', () => {
    expect(parseCommand('/logga närvaro', { set, today: '2018-02-30' })).toMatchObject({
      ok: false,
      error: { code: 'bad-date' },
    });
  });
});

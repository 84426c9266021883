// A month of lines as officers typed them in a field test, on three promise files written from published
// promises nobody on the team had used (Älvkarleby 2019, Strängnäs 2019, Tierp 2020–2021), with the
// statuses worked out by hand beside each assertion.
import { describe, expect, it } from 'vitest';
import type { PromiseSetDef } from '../../../src/domain/promise-set/schema.ts';
import { createChannel } from './kinds-harness.ts';

describe('Älvkarleby 2019: ten traffic controls at three schools, presence there, evening walks', () => {
  it('reads the lines as typed and keeps pace against 10 in the year', async () => {
    const alv = await createChannel('alvkarleby-2019', '2019-09-02T16:00');
    const first = await alv.send('logga tk rotskarsskolan 3 st');
    // Mon 2 Sep is in week 36: 35 weeks completed of 52, pace 10 × 35/52 = 6.7; 3 is a whole one behind.
    expect(first.text).toContain('Loggat: trafikkontroll · Rotskärsskolan · mån 2 september (v.36) · 3 st');
    expect(first.text).toContain(
      'Minst 10 trafikkontroller vid skolorna: 3 av 10 · 7 kvar på 17 veckor · släpar',
    );

    // Place first, activity last: read as "trafikkontroll Rotskärsskolan".
    alv.at('2019-09-09T15:00');
    const swapped = await alv.send('logga Rotskärsskolan trafikkontroll');
    expect(swapped.text).toContain('Loggat: trafikkontroll · Rotskärsskolan · mån 9 september (v.37) · 1 st');
    // A number word alone is the count.
    const spelled = await alv.send('logga tk ekbacken fyra');
    expect(spelled.text).toContain(
      'Loggat: trafikkontroll · Ekbackens förskola · mån 9 september (v.37) · 4 st',
    );
    // 8 of 10 with 36 weeks completed: pace 6.9, so no longer behind.
    expect(spelled.text).toContain('8 av 10 · 2 kvar på 16 veckor · i fas');

    // Evening walk with all three parties and a time inside 17–24: counts for the judged promise.
    const walk = await alv.send('logga vandring gc-vägar igår kl 21 med kommun, polis, referensgrupp');
    expect(walk.text).toContain(
      'Loggat: trygghetsvandring · Cykel- och gångbanor i Älvkarleby · sön 8 september kl 21:00 (v.36) · 1 st · med Kommunen, Polisen, Referensgruppen',
    );
    expect(walk.text).toContain('1 aktivitet, senast 8 september (mål: trygghetsvandringar) · ej bedömd');

    // Nothing at a school for five weeks: the presence promise (regular, 4 weeks) slips. Last: v.37;
    // on Mon 14 Oct (v.42) weeks 38–41 are four completed silent weeks.
    alv.at('2019-10-14T08:00');
    const status = (await alv.send('status')).text;
    expect(status).toContain('Ökad polisiär närvaro vid skolorna');
    expect(status).toMatch(/Ökad polisiär närvaro vid skolorna: [^\n]*släpar/);
    // 8 of 10 with 41 weeks completed: pace 7.9, less than a whole one behind: i fas.
    expect(status).toContain('Minst 10 trafikkontroller vid skolorna: 8 av 10 · 2 kvar på 11 veckor · i fas');
  });
});

describe('Strängnäs 2019: its own follow-up, logged', () => {
  it('reaches the outcomes the municipality published (20 areas, 3 boat areas, 5 walks)', async () => {
    const str = await createChannel('strangnas-2019', '2019-12-20T10:00');
    const areas = [
      'stallarholmen',
      'mariefred',
      'abborrberget',
      'åkers styckebruk',
      'tosterön',
      'finninge',
      'läggesta',
      'centrum',
    ];
    for (const [i, place] of areas.entries()) {
      const reply = await str.send(`logga gsv ${place} ${i + 1}/10 "nytt område"`);
      expect(reply.ok, reply.text).toBe(true);
    }
    expect((await str.send('logga båtsamverkan mälaren 3/6')).ok).toBe(true);
    const second = await str.send('logga mälaren båtsamverkan 4/7');
    expect(second.text).toContain('2 av 2 · uppfyllt');
    // The five walks of the news "Fem trygghetsvandringar i Strängnäs kommun under 2019".
    for (const line of [
      'logga trygghetsvandring läggesta 10/4 med kommunen',
      'logga trygghetsvandring marielund 11/4 med kommunen',
      'logga stallarholmen tv 15/5 med trygghetssamordnaren "seniorvandring"',
      'logga vandring abborrberget 18/9 med kommunen',
    ]) {
      expect((await str.send(line)).ok).toBe(true);
    }
    const fifth = await str.send('logga vandring åkers styckebruk 2/10 med kommun');
    expect(fifth.text).toContain('5 av 4 · uppfyllt');
    // A walk without the municipality is asked about and not stored.
    const without = await str.send('logga vandring finninge med securitas');
    expect(without.ok).toBe(false);
    expect(without.text).toContain('Med vem?');

    str.at('2020-01-15T09:00');
    const status = (await str.send('status')).text;
    expect(status).toContain('Minst 8 nya områden med Grannsamverkan: 8 av 8 · uppfyllt');
    expect(status).toContain('2 nya samverkansområden för Båtsamverkan: 2 av 2 · uppfyllt');
    expect(status).toContain('Minst 4 trygghetsvandringar: 5 av 4 · uppfyllt');
    // Never logged: a one-off due by the period's end is missed once the year is over.
    expect(status).toMatch(/Riktade insatser mot trimmade mopeder: [^\n]*ej uppfyllt/);
    // The report counts in the file's first word: areas, not "grannsamverkaner".
    const report = (await str.send('rapport 2019', 'gruppen')).text;
    expect(report).toContain('8 av 8 grannsamverkansområden');
    expect(report).toContain('2 av 2 båtsamverkansområden');
  });
});

describe('Tierp 2020–2021: 20 controls at the schools over two years', () => {
  it('counts controls written with the count first and keeps the judged walks ej bedömd', async () => {
    const tierp = await createChannel('tierp-2020', '2021-03-08T16:00');
    const reply = await tierp.send('logga 2 tk kyrkskolan');
    // Mon 8 Mar 2021 (v.10): 62 of 105 weeks completed (53 in 2020 + 9), pace 20 × 62/105 = 11.8; 2 is behind.
    expect(reply.text).toContain(
      'Loggat: trafikkontroll · Kyrkskolan Karlholm · mån 8 mars 2021 (v.10) · 2 st',
    );
    expect(reply.text).toContain('2 av 20 · 18 kvar på 43 veckor · släpar');
    const three = await tierp.send('logga tk två centralskolan igår');
    expect(three.text).toContain('Centralskolan Tierp · sön 7 mars 2021 (v.9) · 2 st');
    const status = (await tierp.send('status')).text;
    expect(status).toContain(
      'Trygghetsvandringar runt flera skolor: inget loggat än (mål: flera skolor) · ej bedömd',
    );
  });
});

describe('Strängnäs 2019 with a date for the traffic safety council (the source gives none)', () => {
  // As if the group had written "senast 30 juni" for the council: a one-off due before the period's end.
  const withDue = (set: PromiseSetDef): PromiseSetDef => ({
    ...set,
    promises: set.promises.map((p) =>
      p.id === 'trafiksakerhetsrad' ? { ...p, rule: { kind: 'milestone', due: '2019-06-30', times: 1 } } : p,
    ),
  });

  it('lists the missed one-off as missed in the digest, not as on track', async () => {
    const str = await createChannel('strangnas-2019', '2019-07-08T08:00', withDue);
    const digest = await str.digest();
    expect(digest).toContain('⚠ Ett trafiksäkerhetsråd');
    expect(digest).toContain('Trafiksäkerhetsråd skulle vara klar senast sön 30 juni 2019: inte klar i tid');
    expect(digest).not.toMatch(/I fas \(\d+\)[\s\S]*Ett trafiksäkerhetsråd/);
    // After the period the outcome stands on its own; no alert is repeated.
    str.at('2020-01-13T08:00');
    expect(await str.digest()).not.toContain('inte klar i tid');
  });

  it('says that an entry after the due date is done late, delvis uppfyllt', async () => {
    const str = await createChannel('strangnas-2019', '2019-09-10T09:00', withDue);
    const late = await str.send('logga trafikråd 3/9 "första mötet"');
    expect(late.text).toContain(
      'Loggat: trafiksäkerhetsråd · tis 3 september (v.36) · 1 st · "första mötet"',
    );
    expect(late.text).toContain('klar 3 september, efter sista dag 30 juni · delvis uppfyllt');
    expect(late.text).toContain(
      'Obs: "Ett trafiksäkerhetsråd" skulle vara klar senast sön 30 juni 2019: klar efter sista dagen räknas som delvis uppfyllt, inte uppfyllt.',
    );
    const early = await str.send('logga trafikråd 20/6');
    expect(early.text).toContain('klar tor 20 juni · uppfyllt');
    expect(early.text).not.toContain('Obs:');
  });
});

describe('Älvkarleby 2019: a walk that needs all three parties, one left out', () => {
  it('names the missing party and an example that keeps the ones written', async () => {
    const alv = await createChannel('alvkarleby-2019', '2019-09-04T21:30');
    const reply = await alv.send('logga trygghetsvandring cykelbanorna ikväll med kommunen, referensgruppen');
    expect(reply.ok).toBe(false);
    expect(reply.text).toContain(
      'Med vem? Trygghetsvandring räknas bara tillsammans med alla av Kommunen, Polisen, Referensgruppen (Polisen saknas). Skriv t.ex. /logga trygghetsvandring med Kommunen, Referensgruppen, Polisen. Inget sparades.',
    );
    expect(await alv.store.findActivities('alvkarleby-2019')).toEqual([]);
  });
});

describe('Älvkarleby 2019: dates and partner lists as typed in October', () => {
  it('asks whether 11.10 is a date or a time, and reads "den 11:e" and partners without commas', async () => {
    const alv = await createChannel('alvkarleby-2019', '2019-10-14T16:00');
    const dotted = await alv.send('logga tk ekbacken 11.10');
    expect(dotted.ok).toBe(false);
    expect(dotted.text).toContain(
      'Är "11.10" ett datum eller ett klockslag? Skriv 11/10 för datumet eller kl 11.10 för klockslaget. Inget sparades.',
    );
    expect(await alv.store.findActivities('alvkarleby-2019')).toEqual([]);
    const nth = await alv.send('logga tk ekbacken den 11:e');
    expect(nth.text).toContain('Loggat: trafikkontroll · Ekbackens förskola · fre 11 oktober (v.41) · 1 st');
    const walk = await alv.send(
      'logga vandring cykelbanorna i torsdags kl 21 med kommunen polisen referensgruppen',
    );
    expect(walk.text).toContain(
      'tor 10 oktober kl 21:00 (v.41) · 1 st · med Kommunen, Polisen, Referensgruppen',
    );
  });
});

describe('Älvkarleby 2019: an evening walk logged as "igår kväll"', () => {
  it('stores it and says that "kväll" gives no clock time for a promise kept 17–24', async () => {
    const alv = await createChannel('alvkarleby-2019', '2019-09-05T08:10');
    const reply = await alv.send(
      'logga trygghetsvandring cykelbanorna igår kväll med kommunen, polisen, referensgruppen',
    );
    expect(reply.text).toContain(
      'Loggat: trygghetsvandring · Cykel- och gångbanor i Älvkarleby · ons 4 september (v.36)',
    );
    expect(reply.text).toContain(
      'Obs: räknas inte för "Feministiska trygghetsvandringar kvällstid": löftet gäller 17:00–24:00; "kväll" säger inte klockslaget, ange tid, t.ex. "kl 21".',
    );
    const timed = await alv.send(
      'logga trygghetsvandring cykelbanorna igår kl 21 med kommunen, polisen, referensgruppen "lugn kväll"',
    );
    expect(timed.text).not.toContain('Obs:');
    const noted = await alv.send(
      'logga trygghetsvandring cykelbanorna igår med kommunen, polisen, referensgruppen "kvällen var lugn"',
    );
    expect(noted.text).toContain('löftet gäller 17:00–24:00, ange tid, t.ex. "kl 21".');
  });
});

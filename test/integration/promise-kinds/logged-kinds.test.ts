// Two promise kinds end to end through handleCommand, as an officer types them in a channel:
// Malå's help on request ("om det uppkommer önskemål") noted with its trigger words, undone, answered
// and reported; Habo's targeted controls, which count only with a listed target group and method.
import { describe, expect, it } from 'vitest';
import { createChannel } from './kinds-harness.ts';

const REQUEST = 'Om det uppkommer önskemål om trygghetsvandringar';

describe('Malå 2024: a request for a safety walk noted with /logga', () => {
  it('turns ej aktuell into a response due, visible in status and digest, and undoes cleanly', async () => {
    const mala = await createChannel('mala-2024', '2024-06-03T10:00');
    expect((await mala.send('/status')).text).toContain(
      `Bistå vid trygghetsvandringar på önskemål: inte aktuellt än (${REQUEST}) · ej aktuell`,
    );

    const noted = await mala.send('/logga önskemål trygghetsvandring 2024-06-01 "från villaföreningen"');
    expect(noted.ok).toBe(true);
    // 1 June + 6 weeks = Saturday 13 July, ISO week 28.
    expect(noted.text).toBe(
      `Noterat: behov uppkom (${REQUEST}) · lör 1 juni (v.22) · "från villaföreningen", svara senast vecka 28 (lör 13 juli) — behov uppkom 1 juni · inget loggat än · ej bedömd`,
    );
    expect(noted.actions?.[0]?.kind).toBe('undo');
    const twice = await mala.send('/logga önskemål trygghetsvandring 2024-06-01 "från villaföreningen"');
    expect(twice.text).toBe(
      `Redan noterat: behov uppkom (${REQUEST}) · lör 1 juni (v.22) · "från villaföreningen". Samma rad kom två gånger inom 30 sekunder och sparades en gång.`,
    );
    const stored = await mala.store.findActivities('mala-2024');
    expect(stored).toMatchObject([
      { promiseIds: ['trygghetsvandring-vid-onskemal'], date: '2024-06-01', count: 0 },
    ]);

    const status = (await mala.send('/status')).text;
    expect(status).toContain(
      'Bistå vid trygghetsvandringar på önskemål: behov uppkom 1 juni · inget loggat än · ej bedömd',
    );
    expect(status).toContain(
      `  → ${REQUEST} (lör 1 juni) väntar på svar: trygghetsvandring senast lör 13 juli`,
    );
    expect(await mala.digest()).toContain(
      `• ${REQUEST} (lör 1 juni) väntar på svar: trygghetsvandring senast lör 13 juli (v.28)`,
    );

    const undone = await mala.send('/logga ångra');
    expect(undone.text).toBe(
      `Ångrat: behov uppkom (${REQUEST}) · lör 1 juni (v.22) · "från villaföreningen".\nNu: Bistå vid trygghetsvandringar på önskemål: inte aktuellt än (${REQUEST}) · ej aktuell`,
    );
    expect(await mala.store.findActivities('mala-2024')).toEqual([]);
    expect(await mala.digest()).not.toContain('trygghetsvandring senast');
  });

  it('runs a year: one request answered in time, one not, one kind never asked for', async () => {
    const mala = await createChannel('mala-2024', '2024-06-03T10:00');
    await mala.send('/logga önskemål trygghetsvandring 2024-06-01');
    mala.at('2024-06-20T15:00');
    expect((await mala.send('/logga trygghetsvandring 2024-06-18')).text).toBe(
      'Loggat: trygghetsvandring · tis 18 juni (v.25) · 1 st — behov uppkom 1 juni · 1 aktivitet, senast 18 juni · ej bedömd',
    );
    mala.at('2024-06-24T08:00');
    expect(await mala.digest()).not.toContain('trygghetsvandring senast');

    // Noted in time, never answered: late once 17 December has passed.
    mala.at('2024-11-06T09:00');
    const second = await mala.send('/logga önskemål trygghetsvandring igår');
    expect(second.text).toContain('svara senast vecka 51 (tis 17 december)');
    mala.at('2024-12-19T09:00');
    const december = (await mala.send('/status')).text;
    // Judged by the group: until judged it reads "ej bedömd", with the late response flagged.
    expect(december).toContain(
      'Bistå vid trygghetsvandringar på önskemål: behov uppkom 2 gånger, senast 5 november · 1 aktivitet, senast 18 juni · ej bedömd',
    );
    expect(december).toContain(`  ⚠ ${REQUEST}: tis 5 november utan trygghetsvandring inom 6 veckor`);
    // A request noted after its response time tells so at once.
    expect((await mala.send('/logga önskemål trygghetsvandring 2024-10-01')).text).toContain(
      'svarstiden på 6 veckor gick ut vecka 46 (tis 12 november)',
    );
    await mala.send('/logga ångra');

    await mala.send('/loften bedöm trygghetsvandring uppfyllt', 'gruppen');
    mala.at('2025-01-02T09:00');
    const report = (await mala.send('/rapport 2024 json', 'gruppen')).text;
    // One of two requests answered: the share decides, half of them is "delvis uppfyllt".
    expect(report).toContain('Bistå vid trygghetsvandringar på önskemål: delvis uppfyllt');
    expect(report).toContain(`  ${REQUEST}: 1 juni, 5 november`);
    expect(report).toContain('Bistå vid grannsamverkan på önskemål: ej aktuell');
    expect(report).toContain(
      '  Ej aktuellt: Om det uppkommer önskemål om grannsamverkan – inträffade inte under perioden',
    );
  });
});

describe('Habo 2018: targeted controls count only for their target groups and methods', () => {
  it('keeps the target group and method, explains what did not count, and reports per group', async () => {
    const habo = await createChannel('habo-2018', '2018-05-07T10:00');
    const civil = await habo.send('/logga riktad kontroll epa civilt med bilinspektör fordon 30 2018-05-04');
    // Counted as a targeted control; civil, so not also as a uniformed traffic control. The period is
    // extended into 2019, so a date names its year.
    expect(civil.text).toBe(
      [
        'Loggat: riktad kontroll · fre 4 maj 2018 (v.18) · 1 st · med Bilinspektörer · målgrupp A-traktorer · metod Civilt · 30 kontrollerade fordon — Uniformerade trafikkontroller: inget loggat än · ej bedömd',
        'Riktade kontroller mot mopeder, A-traktorer och bilburna ungdomar: 1 aktivitet, senast 4 maj 2018 · ej bedömd',
        'Obs: räknas inte också för "Uniformerade trafikkontroller" utan metod (Uniformerat).',
      ].join('\n'),
    );
    expect(await habo.store.findActivities('habo-2018')).toMatchObject([
      { targetGroups: ['a-traktorer'], methods: ['civil'], partners: ['bilinspektorer'] },
    ]);

    const noMethod = await habo.send('/logga riktad kontroll mot mopeder med bilinspektörer 2018-05-05');
    expect(noMethod.text).toContain(
      'Obs: räknas inte för "Riktade kontroller mot mopeder, A-traktorer och bilburna ungdomar" utan metod (Civilt, Uniformerat). Ångra och logga igen med t.ex. "civil".',
    );
    const uniform = await habo.send('/logga trafikkontroll uniformerad fordon 12 2018-05-06');
    // A judged promise never judged is ej bedömd before and after: no "nu i fas" beside it (issue 19).
    expect(uniform.text).toBe(
      'Loggat: trafikkontroll · sön 6 maj 2018 (v.18) · 1 st · metod Uniformerat · 12 kontrollerade fordon — 1 aktivitet, senast 6 maj 2018 · ej bedömd',
    );
    const status = (await habo.send('/status')).text;
    expect(status).toContain(
      'Riktade kontroller mot mopeder, A-traktorer och bilburna ungdomar: 1 aktivitet',
    );
    expect(status).toContain(
      '  → 1 loggad räknas inte: löftet kräver målgrupp (Mopeder, A-traktorer, Bilburna ungdomar) och metod (Civilt, Uniformerat). Logga med t.ex. "moped"',
    );
    // The civil control and the one without a method reached it through alsoCounts.
    expect(status).toContain(
      '  → 2 loggade räknas inte: löftet kräver metod (Uniformerat). Logga med t.ex. "uniform"',
    );

    expect((await habo.send('/logga ångra')).text).toContain(
      'Ångrat: trafikkontroll · sön 6 maj 2018 (v.18) · 1 st · metod Uniformerat · 12 kontrollerade fordon.',
    );

    habo.at('2018-10-05T10:00');
    expect((await habo.send('/logga temadag för åk 7 igår')).text).toContain(
      'Loggat: temadag · tor 4 oktober 2018 (v.40) · 1 st · målgrupp Årskurs 7 — 1 av 2 klara',
    );
    // The period is extended through 2019 ("förlängt"), so 2019 entries are taken.
    habo.at('2019-10-04T10:00');
    expect((await habo.send('/logga temadag igår')).text).toContain(
      'Obs: räknas inte för "Trafiksäkerhet på temadagen Lag och rätt för årskurs 7" utan målgrupp (Årskurs 7). Ångra och logga igen med t.ex. "åk 7".',
    );
    habo.at('2020-01-10T10:00');
    const report = (await habo.send('/rapport json', 'gruppen')).text;
    // One of the two theme days counted: half of the target is "delvis uppfyllt".
    expect(report).toContain('Trafiksäkerhet på temadagen Lag och rätt för årskurs 7: delvis uppfyllt');
    expect(report).toContain('  1 loggad utan målgrupp (Årskurs 7) räknades inte');
    expect(report).toContain('  Per målgrupp: Årskurs 7 1');
    expect(report).toContain(
      '  1 loggad utan målgrupp (Mopeder, A-traktorer, Bilburna ungdomar) eller metod (Civilt, Uniformerat) räknades inte\n  Per målgrupp: A-traktorer 1\n  Per metod: Civilt 1',
    );
  });
});

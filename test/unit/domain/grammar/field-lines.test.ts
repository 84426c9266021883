// Lines as officers write them after a shift, with what a careful reader expects: the promise, the day,
// the place, the count and the partners stored, or the question asked instead (nothing stored). The seed
// (Överkalix 2018) and two example files (Piteå 2023–2025, Luleå 2018), read with the real files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSwedishHolidays } from '../../../../src/adapters/scheduler/swedish-holidays.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';

function load(path: string): PromiseSetDef {
  const result = loadPromiseFile(readFileSync(new URL(`../../../../${path}`, import.meta.url), 'utf8'));
  if (!result.ok) throw new Error(`${path}: ${JSON.stringify(result.errors)}`);
  return result.value;
}

const holidayName = createSwedishHolidays();
const sets: Record<string, PromiseSetDef> = {
  overkalix: load('promises/overkalix-2018.yml'),
  pitea: load('promises/examples/pitea-2023.yml'),
  lulea: load('promises/examples/lulea-2018.yml'),
};

// set | today | line | expected: `promise date [place] [count] [partners]` (- for none), or `? code`.
const TABLE = `
overkalix	2018-03-20	logga medborgarkontakt Centrum	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga mk torget igår	medborgarkontakt 2018-03-19 centrum 1 -
overkalix	2018-03-20	logga kontakt skolan igår kväll	medborgarkontakt 2018-03-19 skolan 1 -
overkalix	2018-03-20	logga medborgarkontakt Skolan i söndags	medborgarkontakt 2018-03-18 skolan 1 -
overkalix	2018-03-20	logga medborgarkontakt Centrum i lördags 3 st	medborgarkontakt 2018-03-17 centrum 3 -
overkalix	2018-03-20	logga medborgarkontakt Centrum 10 mars	medborgarkontakt 2018-03-10 centrum 1 -
overkalix	2019-01-15	logga medborgarkontakt Centrum 27/12	medborgarkontakt 2018-12-27 centrum 1 -
overkalix	2019-01-20	logga medborgarkontakt Skolan 30/12	medborgarkontakt 2018-12-30 skolan 1 -
overkalix	2019-01-15	logga mk centrum 27 dec	medborgarkontakt 2018-12-27 centrum 1 -
overkalix	2019-01-15	logga mk centrum 3 december två st	medborgarkontakt 2018-12-03 centrum 2 -
overkalix	2018-03-20	logga mk ungdomsgården i förrgår kväll	medborgarkontakt 2018-03-18 ungdomsgarden 1 -
overkalix	2018-03-20	logga mk fritidsgården ikväll	medborgarkontakt 2018-03-20 ungdomsgarden 1 -
overkalix	2018-03-20	logga mk gården i morse	medborgarkontakt 2018-03-20 ungdomsgarden 1 -
overkalix	2018-03-20	logga medborgarkontakt affären	medborgarkontakt 2018-03-20 foretag 1 -
overkalix	2018-03-20	logga medborgarkontakt macken igår	medborgarkontakt 2018-03-19 foretag 1 -
overkalix	2018-03-20	logga mk butiken fredag kväll	medborgarkontakt 2018-03-16 foretag 1 -
overkalix	2018-03-20	logga mk skolgården 12/3	medborgarkontakt 2018-03-12 skolan 1 -
overkalix	2018-03-20	logga mk Skolan förra veckan	medborgarkontakt 2018-03-12 skolan 1 -
overkalix	2018-03-20	logga mk Skolan v.10	medborgarkontakt 2018-03-05 skolan 1 -
overkalix	2018-03-20	logga mk Skolan vecka 9	medborgarkontakt 2018-02-26 skolan 1 -
overkalix	2018-03-20	logga mk Centrum tre gånger	medborgarkontakt 2018-03-20 centrum 3 -
overkalix	2018-03-20	logga mk Centrum fem stycken igår	medborgarkontakt 2018-03-19 centrum 5 -
overkalix	2018-03-20	logga mk Centrum x4	medborgarkontakt 2018-03-20 centrum 4 -
overkalix	2018-03-20	logga mk Centrum 2st	medborgarkontakt 2018-03-20 centrum 2 -
overkalix	2018-03-20	logga mk Centrum en gång	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga mk Centrum tolv st	medborgarkontakt 2018-03-20 centrum 12 -
overkalix	2018-03-20	logga mk Centrum 20 st	medborgarkontakt 2018-03-20 centrum 20 -
overkalix	2018-03-20	logga mk Centrum 21 st	? bad-count
overkalix	2018-03-20	logga medborgarkontakt Centrum 500 st	? bad-count
overkalix	2018-03-20	logga medborgarkontakt Centrum 500 st bekräfta	medborgarkontakt 2018-03-20 centrum 500 -
overkalix	2018-03-20	logga mk centrum 25 bekräfta	medborgarkontakt 2018-03-20 centrum 25 -
overkalix	2018-03-20	logga medborgarkontakt	? unknown-place
overkalix	2018-03-20	logga mk igår	? unknown-place
overkalix	2018-03-20	logga medborgarkontakt ändå	medborgarkontakt 2018-03-20 - 1 -
overkalix	2018-03-20	logga medborgarkontakt Centrm	? unknown-place
overkalix	2018-03-20	logga medborgarkontakt Kiosken	? unknown-place
overkalix	2018-03-20	logga mk Centrum 31/4	? bad-date
overkalix	2018-03-20	logga mk Centrum imorgon	? future-date
overkalix	2018-03-20	logga mk Centrum 25/3	? future-date
overkalix	2019-03-20	logga mk Centrum 10 mars	? outside-period
overkalix	2018-03-20	logga mk Centrum 2017-12-30	? outside-period
overkalix	2018-03-20	logga mk Centrum "lugnt vid kiosken"	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga mk Centrum igår kl 21	medborgarkontakt 2018-03-19 centrum 1 -
overkalix	2018-03-20	logga mk Centrum med @anna	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga MEDBORGARKONTAKT CENTRUM	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga medborgarkontakt centrum.	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	/logga medborgarkontakt i Centrum på tisdag	medborgarkontakt 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga medborgarkontakt badhuset	medborgarkontakt 2018-03-20 badhuset 1 -
overkalix	2018-03-20	logga medborgarkontakt simhallen i lördags	medborgarkontakt 2018-03-17 badhuset 1 -
overkalix	2018-03-19	logga helgbemanning	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helg förra helgen	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helgbemanning i helgen	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helgbemanning helgen	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-24	logga helgbemanning	helgbemanning 2018-03-24 - 1 -
overkalix	2018-03-25	logga helgbemanning i helgen	helgbemanning 2018-03-25 - 1 -
overkalix	2018-03-25	logga helgbemanning förra helgen	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helgtjänst i lördags	helgbemanning 2018-03-17 - 1 -
overkalix	2018-03-20	logga helg lördag	helgbemanning 2018-03-17 - 1 -
overkalix	2018-03-20	logga bemanning i söndags	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helgbemanning 10/3	helgbemanning 2018-03-10 - 1 -
overkalix	2018-03-20	logga helgbemanning 11 mars	helgbemanning 2018-03-11 - 1 -
overkalix	2018-03-20	logga helgbemanning förra veckan	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	logga helgbemanning v.10	helgbemanning 2018-03-11 - 1 -
overkalix	2018-03-20	logga helgbemanning igår	? bad-date
overkalix	2018-03-20	logga helgbemanning tisdag	? bad-date
overkalix	2018-03-20	logga helgbemanning 14/3	? bad-date
overkalix	2018-03-20	logga helgbemanning v.12	? bad-date
overkalix	2018-03-20	logga helgbemanning igår ändå	helgbemanning 2018-03-19 - 1 -
overkalix	2018-03-20	logga helgbemanning i helgen Centrum	helgbemanning 2018-03-18 centrum 1 -
overkalix	2018-03-20	logga helgbemanning i helgen med @kalle	helgbemanning 2018-03-18 - 1 -
overkalix	2018-03-20	planera helgbemanning v.14	helgbemanning 2018-04-07 - 1 -
overkalix	2018-03-20	planera helgbemanning i helgen	helgbemanning 2018-03-24 - 1 -
overkalix	2018-03-20	planera helgbemanning nästa helg	helgbemanning 2018-03-31 - 1 -
overkalix	2018-03-20	planera helgbemanning lördag	helgbemanning 2018-03-24 - 1 -
overkalix	2018-03-20	planera helgbemanning 7/4	helgbemanning 2018-04-07 - 1 -
overkalix	2018-03-20	planera helgbemanning 2/4	? bad-date
overkalix	2018-03-20	planera helgbemanning v.25	helgbemanning 2018-06-24 - 1 -
overkalix	2018-03-24	planera helgbemanning i helgen	helgbemanning 2018-03-25 - 1 -
overkalix	2018-03-20	planera helgbemanning	? bad-date
overkalix	2018-03-20	logga närvaro Centrum	narvaro 2018-03-20 centrum 1 -
overkalix	2018-03-20	logga närvaro	narvaro 2018-03-20 - 1 -
overkalix	2018-03-20	logga fotpatrull torget igår kväll	narvaro 2018-03-19 centrum 1 -
overkalix	2018-03-20	logga fotpatrullering byn i lördags	narvaro 2018-03-17 centrum 1 -
overkalix	2018-03-20	logga besök skolan i torsdags	narvaro 2018-03-15 skolan 1 -
overkalix	2018-03-20	logga besök ungdomsgården onsdag	narvaro 2018-03-14 ungdomsgarden 1 -
overkalix	2018-03-20	logga närvaro affären	narvaro 2018-03-20 foretag 1 -
overkalix	2018-03-20	logga närvaro ica	narvaro 2018-03-20 foretag 1 -
overkalix	2018-03-20	logga närvaro ortens företag 2 st	narvaro 2018-03-20 foretag 2 -
overkalix	2018-03-20	logga trygghetsinsats centrum i helgen	narvaro 2018-03-17 centrum 1 -
overkalix	2018-03-20	logga närvaro skolan förra veckan	narvaro 2018-03-12 skolan 1 -
overkalix	2018-03-20	logga närvaro Kiosken	? unknown-place
overkalix	2018-03-20	logga närvaro Gymmet	? unknown-place
overkalix	2018-03-20	logga närvaro skolna	? unknown-place
overkalix	2018-03-20	logga närvaro centrum igår lördag	? bad-date
overkalix	2018-03-20	logga närvaro skolan centrum	? unknown-place
overkalix	2018-03-20	planera närvaro Centrum v.14	narvaro 2018-04-03 centrum 1 -
overkalix	2018-03-20	planera närvaro Skolan 2/4	narvaro 2018-04-02 skolan 1 -
overkalix	2018-03-20	planera fotpatrull skolan fredag	narvaro 2018-03-23 skolan 1 -
overkalix	2018-03-20	planera närvaro skolan imorgon	narvaro 2018-03-21 skolan 1 -
overkalix	2018-03-20	planera närvaro skolan igår	? past-date
overkalix	2018-03-20	logga narkotikainsats	narkotikainsats 2018-03-20 - 1 -
overkalix	2018-03-20	logga narkotika igår kväll	narkotikainsats 2018-03-19 - 1 -
overkalix	2018-03-20	logga ant-insats centrum i fredags	narkotikainsats 2018-03-16 centrum 1 -
overkalix	2018-03-20	logga narkotikainsats skolan 8 mars med tullen	narkotikainsats 2018-03-08 skolan 1 tullen
overkalix	2018-03-20	logga narkotikainsats två gånger förra veckan	narkotikainsats 2018-03-12 - 2 -
overkalix	2018-03-20	logga riskkväll i lördags med socialtjänsten	riskkvall 2018-03-17 - 1 socialtjansten
overkalix	2018-03-20	logga riskkväll 2018-03-16 med socialtjänsten, kommunen	riskkvall 2018-03-16 - 1 socialtjansten,kommunen
overkalix	2018-03-20	logga riskkväll centrum fredag kväll med soc och nattvandrarna	riskkvall 2018-03-16 centrum 1 socialtjansten,nattvandrare
overkalix	2018-03-20	logga riskkvällsinsats med brå i helgen	riskkvall 2018-03-17 - 1 bra
overkalix	2018-03-20	logga riskkväll i lördags	? unknown-partner
overkalix	2018-03-20	logga riskkväll i lördags med tullen	? unknown-partner
overkalix	2018-03-20	logga riskkväll i lördags ändå	riskkvall 2018-03-17 - 1 -
overkalix	2018-03-20	logga riskkväll med socialen	riskkvall 2018-03-20 - 1 socialtjansten
overkalix	2018-03-20	planera riskkväll 30/4 med socialtjänsten	riskkvall 2018-04-30 - 1 socialtjansten
overkalix	2018-03-20	logga aktivitetsdag skolan igår med skolan, hc	aktivitetsdag 2018-03-19 skolan 1 skolan,halsocentralen
overkalix	2018-03-20	logga temadag med kommunen 14 mars	aktivitetsdag 2018-03-14 - 1 kommunen
overkalix	2018-03-20	logga aktivitetsdag igår	? unknown-partner
overkalix	2018-03-20	logga aktivitetsdag med vårdcentralen	aktivitetsdag 2018-03-20 - 1 halsocentralen
overkalix	2018-03-20	logga trafikinsats två st	trafikinsats 2018-03-20 - 2 -
overkalix	2018-03-21	logga trafikinsats två st	trafikinsats 2018-03-21 - 2 -
overkalix	2018-03-20	logga trafikinsats E4 igår	trafikinsats 2018-03-19 e4 1 -
overkalix	2018-03-20	logga trafikkontroll rv 392 i förrgår	trafikinsats 2018-03-18 riksvag-392 1 -
overkalix	2018-03-20	logga trafikkontroll E4 fordon 40	trafikinsats 2018-03-20 e4 1 -
overkalix	2018-03-20	logga trafiksäkerhetsinsats europaväg 4 i lördags kväll	trafikinsats 2018-03-17 e4 1 -
overkalix	2018-03-20	logga trafikinsats riksvägen 5 mars	trafikinsats 2018-03-05 riksvag-392 1 -
overkalix	2018-03-20	logga trafikinsats Storgatan	? unknown-place
overkalix	2018-03-20	logga trafik E4 förra veckan	trafikarbete 2018-03-12 e4 1 -
overkalix	2018-03-20	logga trafik centrum i måndags	trafikarbete 2018-03-19 centrum 1 -
overkalix	2018-03-20	logga nätdroger 5 utbildade	natdroger 2018-03-20 - 1 -
overkalix	2018-03-20	logga ombudsutbildning igår med ombud	natdroger 2018-03-19 - 1 forsandelseombud
overkalix	2018-03-20	logga nätdrog förra veckan med postombud, tullen	natdroger 2018-03-12 - 1 forsandelseombud,tullen
overkalix	2019-01-20	logga sammanställning	sammanstallning 2019-01-20 - 1 -
overkalix	2019-01-20	logga sammanställning igår	sammanstallning 2019-01-19 - 1 -
overkalix	2018-03-20	logga patrull centrum	? unknown-activity
overkalix	2018-03-20	logga medborgarkontakt Centrum 0 st	? bad-count
pitea	2024-03-20	logga medborgarmöte Öjebyn med kommun	medborgarmoten 2024-03-20 Öjebyn 1 kommunen
pitea	2024-03-20	logga möte Norrfjärden igår med förening	medborgarmoten 2024-03-19 Norrfjärden 1 foreningar
pitea	2024-03-20	logga medborgarmöte Centrum 5 mars med kommun, förening	medborgarmoten 2024-03-05 Centrum 1 kommunen,foreningar
pitea	2024-03-20	logga medborgarmöte med kommun	? unknown-place
pitea	2024-03-20	logga medborgarmöte Öjebyn	? unknown-partner
pitea	2024-03-20	logga medborgarmöte Öjebyn ändå	medborgarmoten 2024-03-20 Öjebyn 1 -
pitea	2024-03-20	logga medborgarmöte krogen med kommun	medborgarmoten 2024-03-20 krogmiljo 1 kommunen
pitea	2024-03-20	logga trafikkontroll	narvaro-vecka 2024-03-20 - 1 -
pitea	2024-03-20	logga skolbesök igår	narvaro-vecka 2024-03-19 - 1 -
pitea	2024-03-20	logga fotpatrull i lördags tre gånger	narvaro-vecka 2024-03-16 - 3 -
pitea	2024-03-20	logga fotpatrull förra veckan	narvaro-vecka 2024-03-11 - 1 -
pitea	2024-03-20	logga trafikkontroll Storgatan	? unknown-place
pitea	2024-03-20	logga insats i helgen	lokal-problembild 2024-03-16 - 1 -
pitea	2024-03-20	logga problembildsinsats igår kväll 2 st	lokal-problembild 2024-03-19 - 2 -
pitea	2024-03-20	logga kroginformation krogen i fredags	narkotika-krog 2024-03-15 krogmiljo 1 -
pitea	2024-03-20	logga narkotikainformation nattklubb fredag kväll	narkotika-krog 2024-03-15 krogmiljo 1 -
pitea	2024-03-20	logga kroginformation	? unknown-place
pitea	2024-03-20	logga kroginformation Gymmet	? unknown-place
pitea	2024-03-20	logga bedrägeriinformation med banken	bedragerier 2024-03-20 - 1 lokala-banker
pitea	2024-03-20	logga bedrägeri 12 mars 40 deltagare	bedragerier 2024-03-12 - 1 -
pitea	2025-01-10	logga bedrägeri 27/12	bedragerier 2024-12-27 - 1 -
pitea	2023-01-10	logga bedrägeri 27/12	? outside-period
pitea	2024-03-20	logga nyetablering med kommun	nyetableringar 2024-03-20 - 1 kommunen
pitea	2024-03-20	logga kunskapsdelning med näringslivet igår	nyetableringar 2024-03-19 - 1 naringsliv
pitea	2024-03-20	logga kunskapsdelning igår	? unknown-partner
pitea	2024-03-20	planera medborgarmöte Öjebyn 15 april med kommun	medborgarmoten 2024-04-15 Öjebyn 1 kommunen
pitea	2024-03-20	planera insats v.14	lokal-problembild 2024-04-02 - 1 -
lulea	2018-03-20	logga trafikkontroll	trafikkontroll-varje-dygn 2018-03-20 - 1 -
lulea	2018-03-20	logga kontroll igår kväll	trafikkontroll-varje-dygn 2018-03-19 - 1 -
lulea	2018-03-20	logga trafikkontroll i söndags 4 st	trafikkontroll-varje-dygn 2018-03-18 - 4 -
lulea	2018-03-20	logga trafikkontroll Storgatan	? unknown-place
lulea	2018-03-20	logga bybesök byarna igår	byarna 2018-03-19 byarna 1 -
lulea	2018-03-20	logga bybesök glesbygd i lördags	byarna 2018-03-17 byarna 1 -
lulea	2018-03-20	logga bybesök	? unknown-place
lulea	2018-03-20	logga bybesök Vitå	? unknown-place
lulea	2018-03-20	logga bybesök ändå	byarna 2018-03-20 - 1 -
lulea	2018-03-20	logga trygghetsvandring gångtunnlar igår kväll	trygghetsvandring-unga-vuxna 2018-03-19 gangtunnlar 1 -
lulea	2018-03-20	logga dialog förra veckan	dialog-ensamkommande 2018-03-12 - 1 -
lulea	2018-03-20	logga krogtillsyn i fredags	tillsyn-krogar 2018-03-16 - 1 -
lulea	2018-03-20	logga tillsyn fredagskväll	tillsyn-krogar 2018-03-16 - 1 -
lulea	2018-03-20	logga utbildning 8 mars	utbildning-alkoholservering 2018-03-08 - 1 -
lulea	2018-03-20	logga samordning med myndigheter	samordning-serveringstillstand 2018-03-20 - 1 andra-myndigheter
lulea	2018-03-20	logga samordning igår	? unknown-partner
lulea	2018-03-20	logga samordning igår med polisen	? unknown-partner
lulea	2018-03-20	logga langningskampanj	langning-kampanj 2018-03-20 - 1 -
lulea	2018-03-20	logga tunnelkontroll tunneln igår	gangtunnlar 2018-03-19 gangtunnlar 1 -
lulea	2018-03-20	logga tunnelkontroll	? unknown-place
lulea	2019-01-10	logga tunnelkontroll tunneln 20 dec	gangtunnlar 2018-12-20 gangtunnlar 1 -
lulea	2018-03-20	planera tunnelkontroll tunneln nästa vecka	gangtunnlar 2018-03-26 gangtunnlar 1 -
`;

interface Row {
  set: string;
  today: string;
  line: string;
  expected: string;
}

const rows: Row[] = TABLE.trim()
  .split('\n')
  .map((raw) => {
    const [set = '', today = '', line = '', expected = ''] = raw.split('\t');
    return { set, today, line, expected };
  });

describe('lines as officers write them', () => {
  it('has at least 150 lines over the seed and two example files', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(new Set(rows.map((r) => r.set))).toEqual(new Set(['overkalix', 'pitea', 'lulea']));
  });

  it.each(rows)('$set $today: $line → $expected', ({ set, today, line, expected }) => {
    const result = parseCommand(line, { set: sets[set]!, today, holidayName });
    if (expected.startsWith('?')) {
      // Asked or refused: nothing is stored, and the reply says what to write.
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
    const [promise, date, place, count, partners] = expected.split(' ');
    const e = command.entry;
    expect(e.promiseIds).toContain(promise);
    expect(e.date).toBe(date);
    expect(e.place ?? '-').toBe(place);
    expect(String(e.count)).toBe(count);
    expect(e.partners.length ? e.partners.join(',') : '-').toBe(partners);
  });
});

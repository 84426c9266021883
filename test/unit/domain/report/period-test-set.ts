// A small 2019 promise file with one promise of each way a part of the period is judged, for the
// period-report tests: numbers small enough to compute by hand.
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';

export const PERIOD_TEST_FILE = `
key: testby-2019
format: 2
title: Medborgarlöfte 2019
municipality: Testby kommun
policeArea: Lokalpolisområde Test
period: { start: 2019-01-01, end: 2019-12-31 }
reportDue: 2020-01-31
places:
  - { id: torget, name: Torget }
  - { id: skolan, name: Skolan, group: skola }
  - { id: byskolan, name: Byskolan, group: skola }
terms:
  - { id: vt-2019, name: Vårterminen 2019, start: 2019-01-07, end: 2019-06-14 }
  - { id: ht-2019, name: Höstterminen 2019, start: 2019-08-19, end: 2019-12-20 }
followUpPlan:
  - { id: tertial, what: Tertialuppföljning, by: [arbetsgruppen], to: [chefen, Kommunledningen], cadence: tertial }
  - { id: sammanstallning, what: Skriftlig sammanställning, by: [chef], cadence: once, due: [2020-01-31], remindDaysBefore: 14 }
promises:
  - id: trafik
    owner: Polisen
    responsible: [arbetsgruppen]
    category: Trafik
    title: Minst 12 trafikkontroller under året
    text: Minst 12 trafikkontroller under året.
    words: [trafikkontroll]
    rule: { kind: count, target: 12 }
  - id: patrull
    category: Närvaro
    title: Två fotpatruller i månaden
    text: Minst två fotpatruller varje månad.
    words: [fotpatrull]
    rule: { kind: count, target: 2, per: month }
  - id: kontakt
    category: Närvaro
    title: En medborgarkontakt i veckan
    text: I snitt en medborgarkontakt i veckan.
    words: [medborgarkontakt]
    rule: { kind: weekly-average, target: 1 }
  - id: skolbesok
    category: Skola
    title: Varje skola varje termin
    text: Besöka varje skola varje termin.
    words: [skolbesök]
    rule: { kind: coverage, group: skola, per: term }
  - id: kartlaggning
    category: Trafik
    title: En kartläggning senast juni
    text: En kartläggning av trafiken senast juni.
    words: [kartläggning]
    rule: { kind: milestone, due: 2019-06-30 }
  - id: samverkan
    category: Samverkan
    title: Täta samverkansmöten
    text: Täta samverkansmöten med skolan.
    words: [samverkansmöte]
    rule: { kind: judged, wording: täta, reviewEvery: tertial }
`;

export function createPeriodTestSet(): PromiseSetDef {
  const result = loadPromiseFile(PERIOD_TEST_FILE);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

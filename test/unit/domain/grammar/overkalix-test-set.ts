// A promise set shaped like Överkalix 2018, kept here so grammar tests do not change when the real
// promise file is edited. Parsed with the real zod schema, so defaults match production.
import { parse } from 'yaml';
import { type PromiseSetDef, promiseSetSchema } from '../../../../src/domain/promise-set/schema.ts';

const YAML = `
key: overkalix-2018
title: Medborgarlöfte 2018
municipality: Överkalix kommun
policeArea: Lokalpolisområde Östra Norrbotten
period: { start: 2018-01-01, end: 2018-12-31 }
reportDue: 2019-01-31
places:
  - { id: centrum, name: Centrum, aliases: [torget, byn] }
  - { id: skolan, name: Skolan, aliases: [skola, centralskolan], group: skola }
  - { id: ungdomsgarden, name: Ungdomsgården, aliases: [ungdomsgård, fritidsgården] }
  - { id: foretag, name: Företag, aliases: [företagen, ortens företag] }
  - { id: e4, name: E4, aliases: [europaväg 4] }
  - { id: riksvag-392, name: Riksväg 392, aliases: [rv 392, '392'] }
partners:
  - { id: socialtjansten, name: Socialtjänsten, aliases: [soc, socialen] }
  - { id: skolan, name: Skolan, aliases: [skola] }
  - { id: halsocentralen, name: Hälsocentralen, aliases: [hc] }
  - { id: kommunen, name: Kommunen, aliases: [kommun] }
  - { id: bra, name: BRÅ-gruppen, aliases: [brå] }
  - { id: nattvandrare, name: Nattvandrare, aliases: [nattvandrarna] }
promises:
  - id: helgbemanning
    category: Närvaro
    title: Helgbemanning
    text: Bemanning minst en helg var tredje vecka.
    words: [helgbemanning, helg]
    rule: { kind: every-n-weeks, weeks: 3 }
  - id: narvaro
    category: Närvaro
    title: Regelbunden närvaro
    text: Regelbundna insatser på publika platser.
    words: [närvaro, fotpatrull]
    rule: { kind: regular, weeks: 4 }
    # Free places, so the grammar's free-text place is tested (the seed keeps närvaro to its list).
    places: open
  - id: medborgarkontakt
    category: Närvaro
    title: Medborgarkontakt
    text: Minst en medborgarkontakt i snitt per vecka.
    words: [medborgarkontakt, kontakt, mk]
    rule: { kind: weekly-average, target: 1 }
    places: { fromList: true }
  - id: riskkvall
    category: Narkotika
    title: Riskkvällar
    text: Minst två insatser på riskkvällar med socialtjänsten.
    words: [riskkväll]
    rule: { kind: count, target: 2 }
    partners: { anyOf: [socialtjansten, kommunen] }
  - id: natdroger
    category: Narkotika
    title: Nätdroger
    text: Utbilda försändelseombud.
    words: [nätdroger]
    rule: { kind: regular, weeks: 13 }
    figures:
      - { id: utbildade, label: utbildade ombud, words: [utbildade, ombud] }
  - id: trafikinsats
    category: Trafik
    title: Trafikinsatser
    text: Minst fyra trafiksäkerhetsinsatser.
    words: [trafikinsats, trafikkontroll]
    rule: { kind: count, target: 4 }
    figures:
      - { id: fordon, label: kontrollerade fordon, words: [fordon] }
  - id: skolbesok
    category: Närvaro
    title: Skolbesök
    text: Besök på skolorna.
    words: [skolbesök]
    rule: { kind: regular, weeks: 4 }
    places: { required: true }
  - id: sammanstallning
    category: Uppföljning
    title: Skriftlig sammanställning
    text: En skriftlig sammanställning görs senast 2019-01-31.
    words: [sammanställning]
    rule: { kind: deadline, due: 2019-01-31 }
`;

export function createOverkalixTestSet(): PromiseSetDef {
  return promiseSetSchema.parse(parse(YAML));
}

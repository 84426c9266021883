// A small promise set with a conditional promise ("om det uppkommer önskemål") and promises that
// count only for listed target groups and methods, for the grammar and rule tests of those kinds.
// Parsed with the real loader, so defaults and cross-field checks match production.
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';

export const KINDS_YAML = `
key: prov-2024
format: 2
title: Medborgarlöften 2024
municipality: Provkommun
policeArea: Lokalpolisområde Prov
period: { start: 2024-01-01, end: 2024-12-31 }
reportDue: 2025-01-31
places:
  - { id: centrum, name: Centrum, aliases: [torget] }
  - { id: skolan, name: Skolan }
partners:
  - { id: kommunen, name: Kommunen, aliases: [kommun] }
  - { id: bilinspektorer, name: Bilinspektörer, aliases: [bilinspektör] }
targetGroups:
  - { id: mopeder, name: Mopeder, aliases: [moped, mopedister] }
  - { id: a-traktorer, name: A-traktorer, aliases: [a-traktor, epa] }
  - { id: ak7, name: Årskurs 7, aliases: [åk 7, sjuor] }
  - { id: unga, name: Unga, aliases: [ungdomar] }
methods:
  - { id: civil, name: Civilt, aliases: [civil, civilt] }
  - { id: uniformerad, name: Uniformerat, aliases: [uniform, uniformerad] }
promises:
  - id: riktade-kontroller
    category: Trafik
    title: Riktade kontroller mot mopeder och A-traktorer
    text: Riktade kontroller mot mopeder och A-traktorer, civilt.
    words: [riktad kontroll, kontroll]
    rule: { kind: count, target: 4 }
    targetGroups: { anyOf: [mopeder, a-traktorer] }
    methods: { anyOf: [civil] }
  - id: lektion
    category: Skola
    title: Lektion för årskurs 7
    text: Två lektioner om trafiksäkerhet för årskurs 7.
    words: [lektion]
    rule: { kind: count, target: 2 }
    targetGroups: { anyOf: [ak7] }
  - id: narvaro
    category: Trygghet
    title: Närvaro bland unga
    text: Regelbunden närvaro där unga finns.
    words: [närvaro]
    rule: { kind: regular, weeks: 4 }
    targetGroups: { anyOf: [unga], required: false }
  - id: trygghetsvandring
    category: Trygghet
    title: Trygghetsvandring på önskemål
    text: Om det uppkommer önskemål om trygghetsvandringar genomför vi dem tillsammans med kommunen.
    words: [trygghetsvandring]
    conditional: { trigger: Om det uppkommer önskemål om trygghetsvandringar, words: [önskemål trygghetsvandring, vandringsönskemål], respondWithinWeeks: 6 }
    rule: { kind: count, target: 1 }
    partners: { anyOf: [kommunen] }
    alsoCounts: [narvaro]
`;

export function createKindsTestSet(): PromiseSetDef {
  const result = loadPromiseFile(KINDS_YAML);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

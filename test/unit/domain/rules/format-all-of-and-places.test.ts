// issue 19, format: `partners.allOf` and `targetGroups.allOf` (every one must be there), place tags
// and a promise's subset of places (`places.only`), coverage of the places with a tag. Every figure
// below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { describeTarget } from '../../../../src/domain/report/describe-target.ts';
import { disqualification } from '../../../../src/domain/rules/qualifies.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const head = `key: haparanda-test-2020
format: 2
title: Medborgarlöften 2020
municipality: Haparanda kommun
policeArea: Lokalpolisområde Östra Norrbotten
period: { start: 2020-01-01, end: 2020-12-31 }
reportDue: 2021-01-31
places:
  - { id: coop, name: COOP }
  - { id: ungdomsgarden, name: Ungdomsgården, aliases: [gården] }
  - { id: skolorna, name: Skolorna, aliases: [skolan], tags: [skolmiljo] }
  - { id: gymnasiet, name: Gymnasiet, group: skolmiljo }
  - { id: karungi, name: Karungi, tags: [by] }
  - { id: nikkala, name: Nikkala, tags: [by] }
partners:
  - { id: polisen, name: Polisen }
  - { id: kommunen, name: Haparanda stad, aliases: [kommun] }
  - { id: skolan, name: Skolan }
  - { id: socialtjansten, name: Socialtjänsten, aliases: [soc] }
targetGroups:
  - { id: larare, name: Lärare }
  - { id: elever, name: Elever }
  - { id: vardnadshavare, name: Vårdnadshavare, aliases: [föräldrar] }
`;

const promises = `promises:
  - id: riskkvallar
    category: Trygghet
    title: Riskkvällar
    text: Polis och kommun ska samverka och finnas närvarande vid minst två riskkvällar per år.
    words: [riskkväll]
    rule: { kind: count, target: 2 }
    partners: { allOf: [polisen, kommunen] }
  - id: pss
    category: Droger
    title: PSS
    text: Samverkan via PSS-gruppen (polis, skola och socialtjänst).
    words: [pss-möte]
    rule: { kind: count, target: 3 }
    partners: { anyOf: [skolan], allOf: [polisen, socialtjansten] }
  - id: hundsok
    category: Droger
    title: Hundsök i skolmiljö
    text: Genomföra sök med hund i skolmiljö vid minst två tillfällen per år.
    words: [hundsökning, hundsök]
    rule: { kind: count, target: 2 }
    places: { required: true, only: { tags: [skolmiljo] } }
  - id: byar
    category: Trafik
    title: Trafikkontroller i byarna
    text: Trafikkontroller i byarna och vid Coop.
    words: [trafikkontroll]
    rule: { kind: count, target: 4 }
    places: { only: { tags: [by], ids: [coop] } }
  - id: bybesok
    category: Trygghet
    title: Besök i varje by
    text: Besöka varje by.
    words: [bybesök]
    rule: { kind: coverage, group: by }
  - id: dialoger
    category: Trygghet
    title: En dialog i skolmiljö och en i en by
    text: En medborgardialog i skolmiljö och en i en by.
    words: [dialog]
    rule: { kind: coverage, tags: [skolmiljo, by] }
  - id: utbildning
    category: Droger
    title: Utbildning för alla målgrupper
    text: Utbilda lärare, elever och vårdnadshavare tillsammans.
    words: [utbildning]
    rule: { kind: count, target: 1 }
    targetGroups: { allOf: [larare, elever, vardnadshavare] }
`;

const { set, act, statusOf } = createSetFixture(`${head}${promises}`);
const commitment = (id: string) => set.promises.find((c) => c.id === id)!;

function errorsOf(text: string): string[] {
  const result = loadPromiseFile(text);
  return result.ok ? [] : result.errors.map((e) => `rad ${e.line}, ${e.field}: ${e.message}`);
}

describe('partners.allOf: every partner must be there', () => {
  const evenings = [
    act('riskkvallar', '2020-04-30', { partners: ['polisen', 'kommunen'] }),
    act('riskkvallar', '2020-06-12', { partners: ['polisen'] }),
    act('riskkvallar', '2020-08-14', { partners: ['kommunen', 'socialtjansten'] }),
  ];

  it('counts only entries naming all of them, and says which did not count', () => {
    const ps = statusOf(evenings, '2020-09-01T12:00', 'riskkvallar');
    // 30 April counts; 12 June lacks the municipality, 14 August the police.
    expect(ps.count).toBe(1);
    expect(ps.missingPartner).toBe(2);
    expect(ps.alerts).toContainEqual({
      code: 'missing-partner',
      severity: 'warning',
      message:
        '2 loggade räknas inte: samverkanspart saknas (alla av Polisen, Haparanda stad). Logga med "med <part>"',
    });
    expect(disqualification(commitment('riskkvallar'), set, evenings[1]!)).toBe('missing-partner');
    expect(disqualification(commitment('riskkvallar'), set, evenings[0]!)).toBeNull();
  });

  it('with anyOf beside it needs one of the first list and all of the second', () => {
    const meetings = [
      act('pss', '2020-02-05', { partners: ['polisen', 'skolan', 'socialtjansten'] }),
      act('pss', '2020-04-01', { partners: ['polisen', 'skolan'] }),
      act('pss', '2020-09-02', { partners: ['polisen', 'socialtjansten'] }),
    ];
    // Only 5 February has a school and both the police and social services.
    expect(statusOf(meetings, '2020-10-01T12:00', 'pss').count).toBe(1);
  });

  it('says so in the target of the report', () => {
    expect(describeTarget(commitment('riskkvallar'), set)).toBe(
      'minst 2 riskkvällar under perioden, tillsammans med Polisen och Haparanda stad',
    );
    expect(describeTarget(commitment('pss'), set)).toBe(
      'minst 3 pss-möten under perioden, i samverkan med Skolan, tillsammans med Polisen och Socialtjänsten',
    );
  });
});

describe('targetGroups.allOf', () => {
  it('counts a session only when every target group was there', () => {
    const sessions = [
      act('utbildning', '2020-03-10', { targetGroups: ['larare', 'elever'] }),
      act('utbildning', '2020-10-20', { targetGroups: ['larare', 'elever', 'vardnadshavare'] }),
    ];
    const march = statusOf(sessions.slice(0, 1), '2020-04-01T12:00', 'utbildning');
    expect(march.count).toBe(0);
    expect(march.alerts.map((a) => a.message)).toContain(
      '1 loggad räknas inte: löftet kräver alla målgrupperna (Lärare, Elever, Vårdnadshavare). Logga med t.ex. "lärare"',
    );
    expect(statusOf(sessions, '2020-11-01T12:00', 'utbildning').status).toBe('uppfyllt');
  });
});

describe('place tags and places.only', () => {
  it('counts only at the tagged places (a group counts as a tag) and warns of the rest', () => {
    const searches = [
      act('hundsok', '2020-03-12', { place: 'skolorna' }),
      act('hundsok', '2020-03-26', { place: 'ungdomsgarden' }),
      act('hundsok', '2020-05-04', { place: 'gymnasiet' }),
    ];
    const ps = statusOf(searches, '2020-06-01T12:00', 'hundsok');
    expect(ps.count).toBe(2);
    expect(ps.outsidePlaces).toBe(1);
    expect(ps.alerts).toContainEqual({
      code: 'outside-places',
      severity: 'warning',
      message: '1 loggad räknas inte: löftet gäller bara Skolorna, Gymnasiet',
    });
    expect(disqualification(commitment('hundsok'), set, searches[1]!)).toBe('outside-places');
    expect(describeTarget(commitment('hundsok'), set)).toBe(
      'minst 2 hundsökningar under perioden, bara på Skolorna, Gymnasiet',
    );
  });

  it('takes tags and ids together, and an entry without a place does not count', () => {
    const controls = [
      act('byar', '2020-02-01', { place: 'karungi' }),
      act('byar', '2020-02-02', { place: 'coop' }),
      act('byar', '2020-02-03', { place: 'skolorna' }),
      act('byar', '2020-02-04'),
    ];
    const ps = statusOf(controls, '2020-03-01T12:00', 'byar');
    expect(ps.count).toBe(2);
    expect(ps.outsidePlaces).toBe(2);
  });

  it('covers every place of a group or tag, and each of several tags once', () => {
    const visits = [act('bybesok', '2020-05-01', { place: 'karungi' })];
    const ps = statusOf(visits, '2020-12-01T12:00', 'bybesok');
    expect(lineAt(set, '2020-12-01', ps)).toContain('1 av 2 täckta');
    const dialogues = [act('dialoger', '2020-05-01', { place: 'nikkala' })];
    const both = statusOf(dialogues, '2020-06-01T12:00', 'dialoger');
    expect(both.kind === 'coverage' && both.coverage.map((i) => [i.id, i.covered])).toEqual([
      ['skolmiljo', false],
      ['by', true],
    ]);
    const done = [...dialogues, act('dialoger', '2020-09-01', { place: 'gymnasiet' })];
    expect(statusOf(done, '2020-10-01T12:00', 'dialoger').status).toBe('uppfyllt');
  });
});

describe('a wrong file is refused with the line and a Swedish message', () => {
  it('names an unknown partner in allOf', () => {
    const text = `${head}promises:
  - id: a
    category: K
    title: A
    text: A
    words: [a]
    rule: { kind: count, target: 1 }
    partners: { allOf: [polisen, kommun] }
`;
    expect(errorsOf(text)).toEqual([
      'rad 31, promises[0].partners.allOf[1]: okänd samverkanspart "kommun": finns inte under partners',
    ]);
  });

  it('refuses partners without anyOf or allOf, and an unknown tag or place in only', () => {
    const text = `${head}promises:
  - id: a
    category: K
    title: A
    text: A
    words: [a]
    rule: { kind: count, target: 1 }
    partners: {}
  - id: b
    category: K
    title: B
    text: B
    words: [b]
    rule: { kind: coverage, tags: [skola] }
    places: { only: { tags: [skolmiljö] } }
  - id: c
    category: K
    title: C
    text: C
    words: [c]
    rule: { kind: count, target: 1 }
    places: { only: { ids: [skolan] } }
`;
    expect(errorsOf(text)).toEqual([
      'rad 31, promises[0].partners: partners ska ha anyOf (en av) eller allOf (alla), eller båda',
      'rad 38, promises[1].places.only.tags[0]: ska vara små bokstäver a–z, siffror och bindestreck (t.ex. "centrum")',
    ]);
    const fixed = text.replace('tags: [skolmiljö]', 'tags: [skolmiljo-x]').replace('partners: {}', '');
    expect(errorsOf(fixed)).toEqual([
      'rad 37, promises[1].rule.tags[0]: ingen plats har taggen "skola"',
      'rad 38, promises[1].places.only.tags[0]: ingen plats har taggen "skolmiljo-x" (skriv tags: [skolmiljo-x] på platserna)',
      'rad 45, promises[2].places.only.ids[0]: okänd plats "skolan": finns inte under places',
    ]);
  });
});

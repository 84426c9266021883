// A promise set whose places include members of sets (classes of a school year, villages) and, for
// the village promise, free text: for the tests of how a form writes an entry's place.
export const classesAndVillagesText = `key: harjedalen-test-2018
format: 2
title: Medborgarlöften 2018
municipality: Härjedalens kommun
policeArea: Lokalpolisområde Jämtland/Härjedalen
period: { start: 2018-01-01, end: 2018-12-31 }
reportDue: 2019-01-31
places:
  - { id: skola-1, name: Skola 1 }
sets:
  - id: ak8
    name: Årskurs 8-klasser
    members:
      - { id: 8a-1718, name: 8A Skola 1, schoolYear: 2017/18 }
      - { id: 8a-1819, name: 8A Skola 1, schoolYear: 2018/19 }
  - id: bostadsomraden
    name: Bostadsområden
    members:
      - { id: norr, name: Norr, aliases: [norra området] }
promises:
  - id: lag-och-ratt
    category: Ungdomar
    title: Lag och rätt i alla årskurs 8
    text: Polisen lovar att besöka alla årskurs 8 i kommunen.
    words: [lag och rätt]
    rule: { kind: coverage, set: ak8, schoolYears: ['2018/19'] }
  - id: omraden
    category: Trygghet
    title: Varje bostadsområde varje halvår
    text: Besöka varje bostadsområde varje halvår.
    words: [områdesbesök]
    places: open
    rule: { kind: coverage, set: bostadsomraden, per: half-year }
`;

// issue 19, format: order between promises (`after: <promise id>`, "därefter") and a target that holds
// within a season (`during: <season id>`, "under vintersäsongen"). Figures worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { prepareRule } from '../../../../src/domain/rules/tally.ts';
import { createSetFixture } from '../../../helpers/promise-set-fixture.ts';
import { lineAt } from '../../../helpers/status-line.ts';

const text = `key: ordning-test-2022
format: 2
title: Medborgarlöfte 2022
municipality: Testkommun
policeArea: LPO Test
period: { start: 2022-01-01, end: 2022-12-31 }
reportDue: 2023-01-31
seasons:
  - { id: vinter, name: Vintersäsongen, start: 2022-01-01, end: 2022-04-30 }
promises:
  - id: kartlaggning
    category: Narkotika
    title: Kartläggning av narkotikasituationen
    text: Polisen och kommunen gör en kartläggning av narkotikasituationen.
    words: [kartläggning]
    rule: { kind: milestone, due: 2022-06-30 }
  - id: insatser
    category: Narkotika
    title: Insatser utifrån kartläggningen
    text: Därefter genomförs minst fyra riktade insatser utifrån kartläggningen.
    words: [riktad insats]
    rule: { kind: count, target: 4 }
    after: kartlaggning
  - id: vinterkontroller
    category: Trafik
    title: 17 kontroller under vintersäsongen
    text: Minst 17 trafikkontroller under vintersäsongen.
    words: [vinterkontroll]
    rule: { kind: count, target: 17 }
    during: vinter
`;

const { set, act, statusOf } = createSetFixture(text);

describe('after: counts and is due only once the other promise is done', () => {
  it('waits, without pace, while the mapping is not done, and says an early entry does not count', () => {
    const early = [act('insatser', '2022-03-10')];
    const ps = statusOf(early, '2022-04-04T12:00', 'insatser');
    expect(ps.count).toBe(0);
    expect(ps.status).toBe('i fas');
    expect(lineAt(set, '2022-04-04', ps)).toMatch(/^väntar på Kartläggning av narkotikasituationen · 0 av 4/);
    expect(ps.alerts.map((a) => a.message)).toContain(
      '1 loggad räknas inte: löftet gäller efter "Kartläggning av narkotikasituationen", som inte är klart än',
    );
  });

  it('counts from the day the mapping was done, that day included', () => {
    const ledger = [
      act('insatser', '2022-03-10'),
      act('kartlaggning', '2022-05-03'),
      act('insatser', '2022-05-03'),
      act('insatser', '2022-06-15'),
    ];
    const ps = statusOf(ledger, '2022-07-04T12:00', 'insatser');
    // 3 May and 15 June count; 10 March was before the mapping.
    expect(ps.count).toBe(2);
    expect(ps.after).toEqual({
      id: 'kartlaggning',
      title: 'Kartläggning av narkotikasituationen',
      done: '2022-05-03',
    });
    expect(lineAt(set, '2022-07-04', ps)).toMatch(
      /^efter Kartläggning av narkotikasituationen \(klar 3 maj 2022\) · 2 av 4/,
    );
    // The one-promise path (reports) agrees.
    const prepared = prepareRule(set.promises[1]!, set, ledger, parseNow('2022-07-04T12:00', set.timeZone));
    expect(prepared.timeline.window.start).toBe('2022-05-03');
    expect(prepared.tally.count).toBe(2);
  });

  it('ends ej uppfyllt when the mapping never came', () => {
    const ps = statusOf([act('insatser', '2022-03-10')], '2023-01-09T12:00', 'insatser');
    expect(ps.outcome).toBe('ej uppfyllt');
  });
});

describe('after in a chain: A after B after C', () => {
  // The evaluation of the operations "därefter" follows them: it begins when the fourth operation
  // after the mapping is done, not the fourth ever logged.
  const chained = createSetFixture(`${text}  - id: utvardering
    category: Narkotika
    title: Utvärdering av insatserna
    text: När insatserna är genomförda utvärderas de tillsammans med kommunen.
    words: [utvärdering]
    rule: { kind: milestone }
    after: insatser
`);
  const ledger = [
    chained.act('insatser', '2022-03-10'),
    chained.act('kartlaggning', '2022-05-03'),
    ...['2022-05-03', '2022-06-15', '2022-08-20', '2022-09-01'].map((d) => chained.act('insatser', d)),
    chained.act('utvardering', '2022-08-25'),
    chained.act('utvardering', '2022-09-05'),
  ];

  it('starts the last link when the middle one was done counting from the first: 1 September, not 20 August', () => {
    // Counted from any date the fourth operation would be 20 August (10 March, 3 May, 15 June, 20 August);
    // after the mapping (3 May) it is 1 September. The evaluation of 25 August came before it.
    const ps = chained.statusOf(ledger, '2022-10-03T12:00', 'utvardering');
    expect(ps.after).toMatchObject({ id: 'insatser', done: '2022-09-01' });
    expect([ps.count, ps.status]).toEqual([1, 'uppfyllt']);
    const prepared = prepareRule(
      chained.set.promises[3]!,
      chained.set,
      ledger,
      parseNow('2022-10-03T12:00', chained.set.timeZone),
    );
    expect(prepared.timeline.window.start).toBe('2022-09-01');
  });

  it('refuses a ring of after, naming it on each promise in it', () => {
    const result = loadPromiseFile(
      text.replace(
        'rule: { kind: milestone, due: 2022-06-30 }',
        'rule: { kind: milestone, due: 2022-06-30 }\n    after: insatser',
      ),
    );
    expect(result.ok ? [] : result.errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
      'promises[0].after: after bildar en ring: kartlaggning → insatser → kartlaggning (inget av dem kan börja)',
      'promises[1].after: after bildar en ring: insatser → kartlaggning → insatser (inget av dem kan börja)',
    ]);
  });
});

describe('during: the target holds within the season', () => {
  it('is judged on the season, and is final when the season ends although the year goes on', () => {
    const controls = Array.from({ length: 16 }, (_, i) =>
      act('vinterkontroller', `2022-0${1 + Math.floor(i / 4)}-${String(5 + (i % 4) * 5).padStart(2, '0')}`),
    );
    controls.push(act('vinterkontroller', '2022-06-01'));
    // 16 in January–April; 1 June is outside the season. 16 of 17 ≥ half: delvis.
    const ps = statusOf(controls, '2022-05-09T12:00', 'vinterkontroller');
    expect(ps.count).toBe(16);
    expect(ps.ended).toBe(true);
    expect(ps.outcome).toBe('delvis uppfyllt');
  });
});

describe('a wrong file is refused with the line and a Swedish message', () => {
  const errorsOf = (source: string) => {
    const result = loadPromiseFile(source);
    return result.ok ? [] : result.errors.map((e) => `rad ${e.line}, ${e.field}: ${e.message}`);
  };
  it('names an unknown promise, a promise with no done day and an unknown season', () => {
    expect(errorsOf(text.replace('after: kartlaggning', 'after: kartläggningen'))).toEqual([
      'rad 23, promises[1].after: ska vara små bokstäver a–z, siffror och bindestreck (t.ex. "centrum")',
    ]);
    expect(errorsOf(text.replace('after: kartlaggning', 'after: vinterkontroller'))).toEqual([]);
    expect(
      errorsOf(
        text.replace('after: kartlaggning', 'after: kartlagg').replace('during: vinter', 'during: sommar'),
      ),
    ).toEqual([
      'rad 23, promises[1].after: okänt löfte "kartlagg": finns inte under promises',
      'rad 30, promises[2].during: okänd säsong "sommar": finns inte under seasons',
    ]);
  });
});

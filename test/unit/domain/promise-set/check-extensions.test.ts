// The format-2 references an admin can get wrong are named with their line.
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { responseDue } from '../../../../src/domain/rules/evaluate-conditional.ts';

const head = `key: test-2019
format: 2
title: Test
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2019-12-31 }
reportDue: 2020-01-31
places:
  - { id: metro, name: Metro, group: fritidsgard }
events:
  - { id: valborg, name: Valborg, dates: [2019-04-30] }
`;

function errorsOf(promises: string, extra = ''): string[] {
  const result = loadPromiseFile(`${head}${extra}promises:\n${promises}`);
  return result.ok ? [] : result.errors.map((e) => `${e.line}: ${e.field}: ${e.message}`);
}

describe('format 2 cross-references', () => {
  it('accepts a valid coverage, milestone, judged and conditional promise', () => {
    const result = loadPromiseFile(`${head}promises:
  - { id: a, category: K, title: A, text: A, words: [besök], rule: { kind: coverage, group: fritidsgard, per: term } }
  - { id: b, category: K, title: B, text: B, words: [kartläggning], rule: { kind: milestone, due: 2019-06-30 } }
  - { id: c, category: K, title: C, text: C, words: [kontakt], rule: { kind: judged, wording: flera }, conditional: { trigger: vid behov, words: [behov] } }
terms:
  - { id: vt, name: Vårterminen, start: 2019-01-07, end: 2019-06-14 }
`);
    if (!result.ok) expect.fail(JSON.stringify(result.errors));
    // No response time stated: a need is due by the period's end (the brief).
    expect(responseDue(result.value.promises[2]!.conditional!, '2019-03-01', '2019-12-31')).toBe(
      '2019-12-31',
    );
  });

  it('names an unknown event in a coverage rule and in when', () => {
    const errors = errorsOf(`  - id: a
    category: K
    title: A
    text: A
    words: [kväll]
    rule: { kind: coverage, events: [marknad] }
    when: { events: [midsommar] }
`);
    expect(errors).toContain(
      '18: promises[0].rule.events[0]: okänd händelse "marknad": finns inte under events',
    );
    expect(errors).toContain(
      '19: promises[0].when.events[0]: okänd händelse "midsommar": finns inte under events',
    );
  });

  it('asks for terms when a rule counts per term', () => {
    const errors = errorsOf(
      '  - { id: a, category: K, title: A, text: A, words: [x], rule: { kind: count, target: 1, per: term } }\n',
    );
    expect(errors.join('\n')).toContain('per: term kräver att terminerna står under terms');
  });

  it('rejects an unknown rule kind with every kind listed, and format 3', () => {
    const errors = errorsOf(
      '  - { id: a, category: K, title: A, text: A, words: [x], rule: { kind: ofta } }\n',
    );
    expect(errors.join('\n')).toContain('milestone, judged eller coverage');
    const format = loadPromiseFile(
      `${head.replace('format: 2', 'format: 3')}promises:\n  - { id: a, category: K, title: A, text: A, rule: { kind: judged } }\n`,
    );
    expect(format.ok).toBe(false);
  });

  it('rejects alsoCounts to itself or to an unknown promise, and a due outside the period', () => {
    const errors = errorsOf(
      '  - { id: a, category: K, title: A, text: A, words: [x], rule: { kind: milestone, due: 2020-03-01 }, alsoCounts: [a, b] }\n',
    ).join('\n');
    expect(errors).toContain('ett löfte kan inte räknas för sig självt');
    expect(errors).toContain('okänt löfte "b"');
    expect(errors).toContain('promises[0].rule.due: ska ligga inom perioden');
  });
});

// `/rapport [år] [period] [format]`: every period form the follow-up plans use, and a clear Swedish
// message for one that does not exist.
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();
const today = '2018-03-21';

function parse(line: string): Command {
  const result = parseCommand(line, { set, today });
  if (!result.ok) throw new Error(`expected ok for ${line}: ${result.error.message}`);
  return result.value;
}

describe('/rapport periods', () => {
  it.each([
    ['/rapport T2 2019', { year: 2019, period: { unit: 'tertial', index: 2 } }],
    ['/rapport tertial 3', { period: { unit: 'tertial', index: 3 } }],
    ['/rapport Q3 2019', { year: 2019, period: { unit: 'quarter', index: 3 } }],
    ['/rapport 2019 k1 docx', { year: 2019, period: { unit: 'quarter', index: 1 }, format: 'docx' }],
    ['/rapport kvartal 4 2019', { year: 2019, period: { unit: 'quarter', index: 4 } }],
    ['/rapport H1', { period: { unit: 'half-year', index: 1 } }],
    ['/rapport halvår 2 2019', { year: 2019, period: { unit: 'half-year', index: 2 } }],
    ['/rapport VT 2020', { year: 2020, period: { unit: 'term', term: 'vt' } }],
    ['/rapport ht', { period: { unit: 'term', term: 'ht' } }],
    ['/rapport höstterminen 2019', { year: 2019, period: { unit: 'term', term: 'ht' } }],
    ['/rapport mars 2019', { year: 2019, period: { unit: 'month', index: 3 } }],
    ['/rapport maj', { period: { unit: 'month', index: 5 } }],
    ['/rapport 2019-03 csv', { year: 2019, period: { unit: 'month', index: 3 }, format: 'csv' }],
    ['/rapport v.14 2019', { year: 2019, period: { unit: 'week', index: 14 } }],
    ['/rapport vecka 14', { period: { unit: 'week', index: 14 } }],
    ['/rapport v14', { period: { unit: 'week', index: 14 } }],
    ['/rapport 2019/20', { year: 2019, period: { unit: 'school-year' } }],
    ['/rapport läsår 2019', { year: 2019, period: { unit: 'school-year' } }],
    ['/rapport 2020', { year: 2020 }],
  ])('%s', (line, expected) => {
    expect(parse(line)).toEqual({ kind: 'report', ...expected });
  });

  it.each([
    [
      '/rapport T4 2019',
      'bad-period',
      'Tertial 4 finns inte: året har tre tertial. Skriv T1, T2 eller T3, t.ex. /rapport T2 2019.',
    ],
    ['/rapport t0', 'bad-period', 'Tertial 0 finns inte: året har tre tertial.'],
    ['/rapport Q5', 'bad-period', 'Kvartal 5 finns inte: året har fyra kvartal. Skriv Q1–Q4'],
    ['/rapport H3', 'bad-period', 'Halvår 3 finns inte. Skriv H1 (januari–juni) eller H2 (juli–december).'],
    [
      '/rapport 2019-13',
      'bad-period',
      'Månad 13 finns inte. Skriv 2019-01 till 2019-12, eller t.ex. mars 2019.',
    ],
    ['/rapport v.54', 'bad-period', 'Vecka 54 finns inte. Skriv v.1–v.53'],
    ['/rapport 2019/21', 'bad-period', 'Läsåret 2019/21 finns inte. Skriv t.ex. 2019/20.'],
    [
      '/rapport T1 T2',
      'unexpected',
      'Förstod inte "T2". Skriv: /rapport [år] [period] [md|csv|docx|xlsx|json]',
    ],
    ['/rapport tertial', 'unexpected', 'Förstod inte "tertial".'],
  ])('%s → %s', (line, code, message) => {
    const result = parseCommand(line, { set, today });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.error.message).toContain(message);
  });
});

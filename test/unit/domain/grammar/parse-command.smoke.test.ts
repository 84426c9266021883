import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();

describe('parseCommand smoke', () => {
  it('logs the acceptance line', () => {
    const result = parseCommand('/logga medborgarkontakt Centrum 2018-03-14', { set, today: '2018-03-19' });
    expect(result).toMatchObject({
      ok: true,
      value: {
        kind: 'log',
        entry: { promiseIds: ['medborgarkontakt'], place: 'centrum', date: '2018-03-14', count: 1 },
      },
    });
  });
});

// Issue 19, wording: a logged day, week or weekend in a reply names its year where DateWords asks for
// one, once, and the week names its own year when it is another than the day's (ISO weeks at New Year).
import { describe, expect, it } from 'vitest';
import { describeDate } from '../../../../src/domain/render/describe-entry.ts';
import { setWords } from '../../../../src/domain/status/status-words.ts';
import { overkalixText } from '../../../helpers/build-activity.ts';
import { loadSetText } from '../../../helpers/promise-set-fixture.ts';
import { loadExample } from '../../../integration/promise-kinds/example-harness.ts';

const overkalix2021 = loadSetText(overkalixText.replaceAll('2018', '2021').replaceAll('2019', '2022'));
const haparanda = loadExample('haparanda-2020');

describe('describeDate', () => {
  it('in a one-year set in its year: no year, but the week of another year names it', () => {
    const words = setWords(overkalix2021, '2021-03-16');
    expect(describeDate('2021-03-13', null, 'weekend', words)).toBe('helgen 13–14 mars (v.10)');
    expect(describeDate('2021-03-15', '18:00', null, words)).toBe('mån 15 mars kl 18:00 (v.11)');
    // Friday 1 January 2021 and the weekend after it lie in v.53 2020 (Thursday 31 December 2020).
    const january = setWords(overkalix2021, '2021-01-05');
    expect(describeDate('2021-01-01', null, null, january)).toBe('fre 1 januari (v.53 2020)');
    expect(describeDate('2021-01-02', null, 'weekend', january)).toBe('helgen 2–3 januari (v.53 2020)');
  });

  it('a day of last year says its year (read on 5 January 2022)', () => {
    const words = setWords(overkalix2021, '2022-01-05');
    expect(describeDate('2021-12-28', null, null, words)).toBe('tis 28 december 2021 (v.52)');
    expect(describeDate('2021-12-25', null, 'weekend', words)).toBe('helgen 25–26 december 2021 (v.51)');
  });

  it('in a set of three years: every day and weekend with its year, said once', () => {
    const words = setWords(haparanda, '2021-03-16');
    expect(describeDate('2021-03-13', null, 'weekend', words)).toBe('helgen 13–14 mars 2021 (v.10)');
    expect(describeDate('2021-01-02', null, 'weekend', words)).toBe('helgen 2–3 januari 2021 (v.53 2020)');
    expect(describeDate('2021-03-15', null, 'week', words)).toBe('v.11 2021 (15–21 mars)');
  });
});

import { describe, expect, it } from 'vitest';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import { renderStatusLine } from '../../../../src/domain/status/render-status-line.ts';
import { statusWords } from '../../../../src/domain/status/status-words.ts';
import { activities, loadOverkalix, MONDAY_W12 } from './fixtures.ts';

const set = loadOverkalix();

function line(id: string, logged: ReturnType<typeof activities>, now: Date): string {
  const ps = computeStatus(set, logged, now).promises.find((p) => p.id === id);
  if (!ps) throw new Error(`no ${id}`);
  return renderStatusLine(ps, statusWords(computeStatus(set, logged, now)));
}

const elevenWednesdays = Array.from({ length: 11 }, (_, i) =>
  new Date(Date.parse('2018-01-03T00:00:00Z') + i * 7 * 86_400_000).toISOString().slice(0, 10),
);

describe('renderStatusLine', () => {
  it('weekly average: "11 på 11 veckor, snitt 1,0/v (mål 1/v), i fas"', () => {
    expect(line('medborgarkontakt', activities('medborgarkontakt', elevenWednesdays), MONDAY_W12)).toBe(
      '11 på 11 veckor, snitt 1,0/v (mål 1/v), i fas',
    );
  });

  it("weekly average shows this week's entries apart from the average", () => {
    const logged = activities('medborgarkontakt', [...elevenWednesdays, '2018-03-20']);
    expect(line('medborgarkontakt', logged, new Date('2018-03-20T16:00:00+01:00'))).toBe(
      '11 på 11 veckor + 1 denna vecka, snitt 1,0/v (mål 1/v), i fas',
    );
  });

  it('count: "2 av 4 · 2 kvar på 40 veckor · i fas"', () => {
    const logged = activities('trafikinsats', ['2018-02-10', '2018-03-10']);
    expect(line('trafikinsats', logged, new Date('2018-03-26T08:00:00+02:00'))).toBe(
      '2 av 4 · 2 kvar på 40 veckor · i fas',
    );
  });

  it('every N weeks: "senast v.10, nästa senast v.13 (31 mars–1 april) · i fas"', () => {
    const logged = activities('helgbemanning', ['2018-01-13', '2018-01-27', '2018-02-17', '2018-03-10']);
    expect(line('helgbemanning', logged, MONDAY_W12)).toBe(
      'senast v.10, nästa senast v.13 (31 mars–1 april) · i fas',
    );
  });

  it('regular and deadline', () => {
    expect(line('narvaro', activities('narvaro', ['2018-02-21']), MONDAY_W12)).toBe(
      'senast v.8, nästa senast v.12 (19–25 mars) · i fas',
    );
    expect(line('sammanstallning', [], MONDAY_W12)).toBe('senast tor 31 januari 2019 · i fas');
    expect(
      line(
        'sammanstallning',
        activities('sammanstallning', ['2019-01-22']),
        new Date('2019-01-28T08:00:00+01:00'),
      ),
    ).toBe('klar tis 22 januari · uppfyllt');
  });
});

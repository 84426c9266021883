// Issue 19, wording: the digest that a holiday moved says which day the holiday was, worded as every
// other date of the set (DateWords): without a year in a one-year set read in its year, with it in a
// set of several years, and with it when the holiday lay in last year (a Friday nyårsafton).
import { describe, expect, it } from 'vitest';
import { createSwedishHolidays } from '../../../../src/adapters/scheduler/swedish-holidays.ts';
import { parseNow } from '../../../../src/app/clock.ts';
import { composeDigest } from '../../../../src/domain/digest/compose-digest.ts';
import { findDigestDay } from '../../../../src/domain/digest/find-digest-day.ts';
import { renderDigest } from '../../../../src/domain/digest/render-digest.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';
import type { IsoWeek } from '../../../../src/domain/types.ts';
import { overkalixText } from '../../../helpers/build-activity.ts';
import { loadSetText } from '../../../helpers/promise-set-fixture.ts';
import { loadExample } from '../../../integration/promise-kinds/example-harness.ts';

const holidays = createSwedishHolidays();

/** The first section of the digest of `week` on its (moved) day, for a channel whose digest day is `weekday`. */
function digestIntro(set: PromiseSetDef, week: IsoWeek, weekday: number): string {
  const day = findDigestDay(week, holidays, weekday)!;
  expect(day.postponed).not.toBeNull();
  const now = parseNow(`${day.date}T08:00`, set.timeZone);
  const digest = composeDigest(set, computeStatus(set, [], now), now, { postponed: day.postponed, weekday });
  return (
    renderDigest(digest)
      .text.split('\n')
      .find((line) => line.startsWith('Översikten kommer')) ?? ''
  );
}

describe('the note of a digest moved by a holiday', () => {
  it('in a one-year set, read in its year: the holiday without a year', () => {
    const set = loadSetText(overkalixText);
    // Monday 2 April 2018 is annandag påsk: the week 14 digest comes on Tuesday 3 April.
    expect(digestIntro(set, { year: 2018, week: 14 }, 1)).toBe(
      'Översikten kommer på tisdag i stället för måndag: mån 2 april är annandag påsk.',
    );
  });

  it('in a set of three years (Haparanda 2020–2022): the holiday with its year', () => {
    const set = loadExample('haparanda-2020');
    // Monday 13 April 2020 is annandag påsk.
    expect(digestIntro(set, { year: 2020, week: 16 }, 1)).toBe(
      'Översikten kommer på tisdag i stället för måndag: mån 13 april 2020 är annandag påsk.',
    );
  });

  it('a holiday last year: the Friday digest of week 52 2021 comes on Monday 3 January 2022', () => {
    // The Överkalix set moved to 2021: a one-year set, read in January after its period.
    const set = loadSetText(overkalixText.replaceAll('2018', '2021').replaceAll('2019', '2022'));
    expect(set.period).toMatchObject({ start: '2021-01-01', end: '2021-12-31' });
    expect(digestIntro(set, { year: 2021, week: 52 }, 5)).toBe(
      'Översikten kommer på måndag i stället för fredag: fre 31 december 2021 är nyårsafton.',
    );
  });
});

// The follow-up plan in the promise file yields due dates and reminders before each.
import { describe, expect, it } from 'vitest';
import {
  followUpDueDates,
  followUpText,
  upcomingFollowUps,
} from '../../../src/domain/status/follow-up-reminders.ts';
import { loadExample } from './example-harness.ts';

describe('followUpPlan', () => {
  it('ends each tertial with a report, and reminds a week ahead', () => {
    const set = loadExample('vingaker-2017');
    expect(followUpDueDates(set).map((d) => [d.unit, d.due])).toEqual([
      ['tertial 1', '2017-04-30'],
      ['tertial 2', '2017-08-31'],
      ['tertial 3', '2017-12-31'],
    ]);
    expect(upcomingFollowUps(set, '2017-04-22')).toEqual([]);
    const due = upcomingFollowUps(set, '2017-04-23');
    expect(due.map((d) => followUpText(d))).toEqual([
      'Tertialuppföljning där polisen redogör hur det går i arbetet med medborgarlöftena (tertial 1) senast sön 30 april: Polisen → Vingåkers kommun, Medborgarna. Underlag: /rapport T1 2017',
    ]);
  });

  it('names the report of the unit each follow-up is about', () => {
    const commands = (key: string) =>
      followUpDueDates(loadExample(key)).map((d) => [d.due, d.command ?? null]);
    expect(commands('vingaker-2017').map(([, c]) => c)).toEqual([
      '/rapport T1 2017',
      '/rapport T2 2017',
      '/rapport T3 2017',
    ]);
    // Piteå's yearly follow-ups are due in January: each reports on the year before.
    expect(commands('pitea-2023')).toEqual([
      ['2024-01-31', '/rapport 2023'],
      ['2025-01-31', '/rapport 2024'],
      ['2026-01-31', '/rapport 2025'],
    ]);
    // Laxå (1 July 2018–30 June 2020) reports per half-year.
    expect(commands('laxa-2018').map(([, c]) => c)).toEqual([
      '/rapport H2 2018',
      '/rapport H1 2019',
      '/rapport H2 2019',
      '/rapport H1 2020',
    ]);
  });

  it('uses explicit dates when the file gives them, and the extended period for cadences', () => {
    const pitea = loadExample('pitea-2023');
    expect(followUpDueDates(pitea).map((d) => d.due)).toEqual(['2024-01-31', '2025-01-31', '2026-01-31']);
    expect(upcomingFollowUps(pitea, '2024-01-20').map((d) => d.remindFrom)).toEqual(['2024-01-17']);
    const habo = loadExample('habo-2018');
    expect(
      followUpDueDates(habo)
        .map((d) => d.due)
        .at(-1),
    ).toBe('2019-12-31');
    expect(followUpDueDates(habo)).toHaveLength(6);
  });
});

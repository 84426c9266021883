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
    expect(due.map(followUpText)).toEqual([
      'Tertialuppföljning där polisen redogör hur det går i arbetet med medborgarlöftena (tertial 1) senast sön 30 april: Polisen → Vingåkers kommun, Medborgarna',
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

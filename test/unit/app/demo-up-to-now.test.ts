// `loftesbot demo --now <mid-year>`: the year is filled only up to now and planned after it, and
// `/status` counts what happened while showing what is planned ahead.
import { describe, expect, it } from 'vitest';
import { fillDemo } from '../../../src/app/demo/fill-demo.ts';
import { createHarness, SET_KEY } from './app-harness.ts';

describe('demo year up to now', () => {
  it('stores nothing performed after now, plans the rest, and /status shows the plans ahead', async () => {
    const h = await createHarness({ now: '2018-06-15T12:00:00' });
    const filled = await fillDemo(h.deps, SET_KEY);
    if (!filled.ok) throw new Error(filled.message);
    const activities = await h.deps.store.findActivities(SET_KEY);
    const performed = activities.filter((a) => !a.planned);
    expect(performed.length).toBe(filled.activities);
    expect(performed.every((a) => a.date <= '2018-06-15')).toBe(true);
    expect(performed.every((a) => a.loggedAt <= '2018-06-15T12:00:00.000Z')).toBe(true);
    const ahead = activities.filter((a) => a.planned && a.date > '2018-06-15');
    expect(ahead.length).toBeGreaterThan(50);
    expect(filled.planned).toBe(activities.length - performed.length);

    const status = await h.run('Uanna', '/status');
    expect(status.ok).toBe(true);
    // Planned staffed weekends after today are named, with their dates, and do not count as done.
    expect(status.text).toMatch(/Helgbemanning[^\n]*\n(?: {2}[→⚠][^\n]*\n)* {2}Planerat: (lör|sön) \d+ juni/);
    expect(status.text).not.toMatch(/ av 52 perioder/);
  });

  it('fills the whole year as performed when now is after it', async () => {
    const h = await createHarness({ now: '2019-01-15T09:00:00' });
    const filled = await fillDemo(h.deps, SET_KEY);
    if (!filled.ok) throw new Error(filled.message);
    const activities = await h.deps.store.findActivities(SET_KEY);
    expect(activities.filter((a) => a.planned && a.date > '2018-12-31')).toEqual([]);
    expect(filled.activities).toBeGreaterThan(100);
  });
});

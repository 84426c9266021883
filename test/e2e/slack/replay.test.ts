// Issue 17 item 9, as the attacks over real HTTP: a signed Slack request replayed (to the same
// replica and to another one on the same database) runs once; one timestamped in the future or more
// than 5 minutes ago is refused with 401 and runs nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { findTestDatabases, type TestDatabase } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

const apps: SlackTestApp[] = [];
afterEach(async () => {
  // The replica shares the first app's database: close it first; the first drops the database.
  for (const app of apps.splice(0).reverse()) await app.close();
});

describe.each(await findTestDatabases('Slack replays'))('Signed Slack requests on $name', ({ create }) => {
  async function start() {
    const t = await startSlackTestApp(create);
    apps.push(t);
    return t;
  }
  /** Another replica on the same database. */
  async function replicaOf(t: SlackTestApp) {
    const shared: TestDatabase = { url: t.db.url, drop: async () => {} };
    const r = await startSlackTestApp(async () => shared);
    apps.push(r);
    return r;
  }
  const body = (t: SlackTestApp, command: string, text: string) =>
    slashCommandBody({ command, text, userId: 'U1', responseUrl: t.slack.responseUrl() });
  const nowSeconds = () => Math.floor(Date.now() / 1000);

  it('runs a replayed /logga ångra once, on the same replica and on another one', async () => {
    const t = await start();
    const other = await replicaOf(t);
    await postSigned(t.url, TEST_SECRET, body(t, '/loften', 'koppla overkalix-2018'));
    for (const line of ['medborgarkontakt Centrum', 'medborgarkontakt Skolan', 'trafikinsats']) {
      expect((await postSigned(t.url, TEST_SECRET, body(t, '/logga', line))).status).toBe(200);
    }
    // One captured request, sent again byte for byte: same body, timestamp and signature.
    const undo = body(t, '/logga', 'ångra');
    const timestamp = nowSeconds();
    const first = await postSigned(t.url, TEST_SECRET, undo, { timestamp });
    expect((first.json() as { text: string }).text).toMatch(/^Ångrat: trafikinsats/);
    const again = await postSigned(t.url, TEST_SECRET, undo, { timestamp });
    const elsewhere = await postSigned(other.url, TEST_SECRET, undo, { timestamp });
    for (const replay of [again, elsewhere]) {
      expect(replay.status).toBe(200);
      expect(replay.text).toBe('');
    }
    const left = await t.rt.deps.store.findUserActivities('slack:T1:U1', 10);
    expect(left.map((a) => a.promiseIds[0])).toEqual(['medborgarkontakt', 'medborgarkontakt']);
    // A new request (a new timestamp) is a new command.
    const later = await postSigned(t.url, TEST_SECRET, body(t, '/logga', 'ångra'), {
      timestamp: timestamp + 1,
    });
    expect((later.json() as { text: string }).text).toMatch(/^Ångrat:/);
  });

  it('refuses requests from the future and older than 5 minutes with 401, running nothing', async () => {
    const t = await start();
    await postSigned(t.url, TEST_SECRET, body(t, '/loften', 'koppla overkalix-2018'));
    const attempts = [
      { timestamp: nowSeconds() + 10 * 60, why: '10 minutes in the future' },
      { timestamp: nowSeconds() + 6 * 60, why: '6 minutes in the future' },
      { timestamp: nowSeconds() - 6 * 60, why: '6 minutes old' },
      { timestamp: nowSeconds() - 24 * 3600, why: 'a day old' },
    ];
    for (const { timestamp, why } of attempts) {
      const r = await postSigned(t.url, TEST_SECRET, body(t, '/logga', 'medborgarkontakt Centrum'), {
        timestamp,
      });
      expect(r.status, why).toBe(401);
    }
    // Within the window (a clock a minute off either way) it runs.
    const skewed = await postSigned(t.url, TEST_SECRET, body(t, '/logga', 'medborgarkontakt Centrum'), {
      timestamp: nowSeconds() + 60,
    });
    expect((skewed.json() as { text: string }).text).toMatch(/^Loggat:/);
    expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toHaveLength(1);
  });
});

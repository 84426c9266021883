// Slack sends what users type escaped and with its own markup; the bot stores the words as typed
// (as Teams does) and answers with every piece of them escaped, so nothing it repeats can ping.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

const send = (command: string, text: string) =>
  postSigned(t.url, TEST_SECRET, slashCommandBody({ command, text, responseUrl: t.slack.responseUrl() }));

interface Ack {
  text: string;
  blocks: { type: string; text?: { text: string } }[];
}

describe.each(await findTestDatabases('Slack user text'))('Slack user text on $name', ({ create }) => {
  beforeEach(async () => {
    t = await startSlackTestApp(create);
  });
  afterEach(async () => {
    await t.close();
  });

  it('stores an escaped note as typed, names mentioned people, and answers with it escaped', async () => {
    expect((await send('/loften', 'koppla overkalix-2018')).status).toBe(200);
    // What Slack sends when a user types: medborgarkontakt Ica & Coop … "A&O <b> @here @anna <!channel>"
    const r = await send(
      '/logga',
      'medborgarkontakt Centrum 2018-03-14 med <@U2> "A&amp;O &lt;b&gt; <!here> <@U2> &lt;!channel&gt;"',
    );
    const ack = r.json() as Ack;
    const [stored] = await t.rt.deps.store.findUserActivities('slack:T1:U1', 10);
    expect(stored?.note).toBe('A&O <b> @here @anna <!channel>');
    expect(stored?.participants).toEqual(['slack:T1:U1', 'slack:T1:U2']);
    const shown = [ack.text, ...ack.blocks.map((b) => b.text?.text ?? '')].join('\n');
    expect(shown).toContain('A&amp;O &lt;b&gt; @here @anna &lt;!channel&gt;');
    expect(shown).not.toMatch(/<!|<b>|&(?!amp;|lt;|gt;)/);
  });
});

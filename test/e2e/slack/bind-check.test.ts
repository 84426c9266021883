// `/loften koppla` checks with conversations.info that the bot can post in the channel, and
// otherwise explains how to invite it and binds nothing: no digest is promised that cannot come.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

async function bind(channelId = 'C1'): Promise<string> {
  const r = await postSigned(
    t.url,
    TEST_SECRET,
    slashCommandBody({
      command: '/loften',
      text: 'koppla overkalix-2018',
      channelId,
      responseUrl: t.slack.responseUrl('b'),
    }),
  );
  const ack = r.json() as { text: string };
  if (ack.text !== 'Arbetar…') return ack.text;
  return String((await t.slack.waitFor('response_url', 1, 10_000)).at(-1)!.params.text);
}

describe.each(await findTestDatabases('Slack bind check'))(
  '/loften koppla checks membership on $name',
  ({ create }) => {
    beforeEach(async () => {
      t = await startSlackTestApp(create);
    });
    afterEach(async () => {
      await t.close();
    });

    it('refuses a channel the bot is not a member of, says how to invite it, and binds nothing', async () => {
      t.slack.answerMethod('conversations.info', () => ({
        channel: { id: 'C1', is_channel: true, is_member: false },
      }));
      const text = await bind();
      expect(text).toContain('Kanalen kopplades inte');
      expect(text).toContain('/invite @Löftesbot');
      expect(text).not.toContain('Måndagsöversikten kommer hit');
      expect(await t.rt.deps.store.getChannel('slack:T1:C1')).toBeNull();
      expect(t.slack.callsTo('conversations.info')[0]!.params.channel).toBe('C1');
    });

    it('treats a private channel Slack will not show the bot as one to invite it to', async () => {
      t.slack.failMethod('conversations.info', 'channel_not_found');
      expect(await bind()).toContain('Bjud in @Löftesbot');
      expect(await t.rt.deps.store.getChannel('slack:T1:C1')).toBeNull();
    });

    it('binds a direct message with the bot without asking (the bot is in it; conversations.info would need im:read)', async () => {
      // What Slack answers for a DM without the im:read scope, which the bot does not request.
      t.slack.failMethod('conversations.info', 'missing_scope');
      expect(await bind('D1')).toContain('Måndagsöversikten kommer hit');
      expect(t.slack.callsTo('conversations.info')).toHaveLength(0);
      expect((await t.rt.deps.store.getChannel('slack:T1:D1'))?.setKey).toBe('overkalix-2018');
    });

    it('binds once the bot is a member, and promises the digest', async () => {
      t.slack.answerMethod('conversations.info', () => ({
        channel: { id: 'C1', is_channel: true, is_member: true },
      }));
      expect(await bind()).toContain('Måndagsöversikten kommer hit');
      expect((await t.rt.deps.store.getChannel('slack:T1:C1'))?.setKey).toBe('overkalix-2018');
    });
  },
);

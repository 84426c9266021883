// /logga, /loften koppla and friends over real HTTP: signed requests to Bolt's /slack/events, the
// replies read from the HTTP ack, response_url posts and Web API calls seen by the fake Slack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

const send = (
  command: string,
  text: string,
  extra: { secret?: string; timestamp?: number; channelId?: string } = {},
) =>
  postSigned(
    t.url,
    TEST_SECRET,
    slashCommandBody({ command, text, responseUrl: t.slack.responseUrl(), channelId: extra.channelId }),
    extra,
  );

const bind = async () => {
  const r = await send('/loften', 'koppla overkalix-2018');
  expect(r.status).toBe(200);
  return r;
};

interface Ack {
  response_type: string;
  text: string;
  blocks: { type: string; elements?: { action_id: string; value?: string; text: { text: string } }[] }[];
}

describe.each(await findTestDatabases('Slack slash commands'))(
  'Slack slash commands over HTTP on $name',
  ({ create }) => {
    beforeEach(async () => {
      t = await startSlackTestApp(create);
    });
    afterEach(async () => {
      await t.close();
    });

    it('binds the channel with /loften koppla and stores where to post', async () => {
      const r = await bind();
      const ack = r.json() as Ack;
      expect(ack.response_type).toBe('in_channel');
      expect(ack.text).toContain('Kanalen är nu kopplad');
      const binding = await t.rt.deps.store.getChannel('slack:T1:C1');
      expect(binding?.setKey).toBe('overkalix-2018');
      expect(binding?.postTarget).toEqual({ teamId: 'T1', channelId: 'C1' });
    });

    it('explains how to bind an unbound channel, and writes nothing', async () => {
      const r = await send('/logga', 'medborgarkontakt Centrum');
      const ack = r.json() as Ack;
      expect(ack.response_type).toBe('ephemeral');
      expect(ack.text).toContain('/loften koppla');
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toEqual([]);
    });

    it('acks a signed /logga with an ephemeral confirmation and an Ångra button, and stores the entry', async () => {
      await bind();
      const r = await send('/logga', 'medborgarkontakt Centrum 2018-03-14');
      expect(r.status).toBe(200);
      expect(r.ms).toBeLessThan(3000);
      const ack = r.json() as Ack;
      expect(ack.response_type).toBe('ephemeral');
      expect(ack.text).toMatch(/^Loggat: medborgarkontakt · Centrum · ons 14 mars/);
      const buttons = ack.blocks.flatMap((b) => b.elements ?? []);
      const stored = await t.rt.deps.store.findUserActivities('slack:T1:U1', 10);
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        place: 'centrum',
        date: '2018-03-14',
        platform: 'slack',
        userId: 'slack:T1:U1',
      });
      expect(buttons).toContainEqual(
        expect.objectContaining({
          action_id: 'loftesbot_undo',
          value: stored[0]!.id,
          text: expect.objectContaining({ text: 'Ångra' }),
        }),
      );
    });

    it('credits a mentioned colleague as slack:<team>:<id>', async () => {
      await bind();
      await send('/logga', 'medborgarkontakt Centrum med <@U2|berit>');
      const [entry] = await t.rt.deps.store.findUserActivities('slack:T1:U1', 1);
      expect(entry?.participants).toEqual(['slack:T1:U1', 'slack:T1:U2']);
    });

    it('answers the same line again within 30 s with "Redan loggat" and stores it once', async () => {
      await bind();
      const first = await send('/logga', 'medborgarkontakt Skolan igår');
      const again = await send('/logga', 'medborgarkontakt Skolan igår');
      expect((first.json() as Ack).text).toMatch(/^Loggat:/);
      expect((again.json() as Ack).text).toMatch(/^Redan loggat/);
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toHaveLength(1);
    });

    it('refuses a bad signature and a timestamp older than 5 minutes with 401, writing nothing', async () => {
      await bind();
      const forged = await send('/logga', 'medborgarkontakt Centrum', { secret: 'wrong-secret' });
      const stale = await send('/logga', 'medborgarkontakt Centrum', {
        timestamp: Math.floor(Date.now() / 1000) - 6 * 60,
      });
      expect(forged.status).toBe(401);
      expect(stale.status).toBe(401);
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toEqual([]);
    });

    it('shows a parse error in Swedish and writes nothing', async () => {
      await bind();
      const r = await send('/logga', 'medborgarkontackt Centrum');
      const ack = r.json() as Ack;
      expect(ack.response_type).toBe('ephemeral');
      expect(ack.text).toContain('Menade du');
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toEqual([]);
    });

    it('answers /status with a "Dela i kanalen" button', async () => {
      await bind();
      const ack = (await send('/status', '')).json() as Ack;
      expect(ack.text).toContain('Status Medborgarlöfte 2018');
      const buttons = ack.blocks.flatMap((b) => b.elements ?? []);
      expect(buttons.map((b) => b.text.text)).toContain('Dela i kanalen');
    });

    it('opens the modal for /logga without text', async () => {
      await bind();
      const r = await send('/logga', '');
      expect(r.status).toBe(200);
      const [open] = await t.slack.waitFor('views.open');
      const view = open!.params.view as { callback_id: string; blocks: { block_id: string }[] };
      expect(open!.params.trigger_id).toMatch(/^1\.2\.3\.\d+$/);
      expect(view.callback_id).toBe('loftesbot_log_modal');
      expect(view.blocks.map((b) => b.block_id)).toEqual([
        'promise',
        'place',
        'place_text',
        'date',
        'count',
        'partners',
        'note',
      ]);
    });

    it('acks "Arbetar…" at once when the answer is slow, and sends the reply by response_url', async () => {
      await bind();
      const store = t.rt.deps.store;
      const getChannel = store.getChannel.bind(store);
      store.getChannel = async (id) => {
        await new Promise((r) => setTimeout(r, 2500));
        return getChannel(id);
      };
      const r = await send('/logga', 'medborgarkontakt Badhuset');
      expect(r.ms).toBeLessThan(3000);
      expect((r.json() as Ack).text).toBe('Arbetar…');
      const [later] = await t.slack.waitFor('response_url', 1, 5000);
      expect(later!.params).toMatchObject({ response_type: 'ephemeral', replace_original: true });
      expect(String(later!.params.text)).toMatch(/^Loggat: medborgarkontakt · Badhuset/);
    });
  },
);

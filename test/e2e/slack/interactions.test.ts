// Buttons, the /logga modal and App Home over real HTTP: interaction payloads and events signed
// like Slack signs them, effects read from the store and the fake Web API.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { buttonPress, onMessage, viewSubmission } from '../../helpers/slack-payloads.ts';
import { interactionBody, postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

function slash(command: string, text: string) {
  return postSigned(
    t.url,
    TEST_SECRET,
    slashCommandBody({ command, text, responseUrl: t.slack.responseUrl('cmd') }),
  );
}

type Message = { text: string; blocks: { elements?: { action_id: string; value: string }[] }[] };

/** The command's final message: the ack itself, or the response_url post after "Arbetar…". */
async function finalMessage(command: string, text: string): Promise<Message> {
  const before = t.slack.callsTo('response_url').length;
  const ack = (await slash(command, text)).json() as Message;
  if (ack.text !== 'Arbetar…') return ack;
  const posts = await t.slack.waitFor('response_url', before + 1, 10_000);
  return posts.at(-1)!.params as unknown as Message;
}

const shareValue = (m: Message) =>
  m.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === 'loftesbot_share')!.value;

function pressButton(actionId: string, value: string, channelId = 'C1') {
  const where = onMessage(channelId, t.slack.responseUrl('button'));
  return postSigned(t.url, TEST_SECRET, interactionBody(buttonPress(actionId, value, where)));
}

async function openModalView() {
  await slash('/logga', '');
  const [open] = await t.slack.waitFor('views.open');
  return open!.params.view as {
    callback_id: string;
    private_metadata: string;
    blocks: { block_id: string }[];
  };
}

const submitModal = (view: Awaited<ReturnType<typeof openModalView>>, values: Record<string, unknown>) =>
  postSigned(t.url, TEST_SECRET, interactionBody(viewSubmission(view, values)));

const stored = () => t.rt.deps.store.findUserActivities('slack:T1:U1', 10);

describe.each(await findTestDatabases('Slack interactions'))(
  'Slack buttons, modal and App Home over HTTP on $name',
  ({ create }) => {
    beforeEach(async () => {
      t = await startSlackTestApp(create);
      await slash('/loften', 'koppla overkalix-2018');
    });
    afterEach(async () => {
      await t.close();
    });

    it('undoes the entry with the Ångra button and replaces the confirmation', async () => {
      await slash('/logga', 'medborgarkontakt Centrum');
      const [entry] = await stored();
      const r = await pressButton('loftesbot_undo', entry!.id);
      expect(r.status).toBe(200);
      const [reply] = await t.slack.waitFor('response_url');
      expect(reply!.params).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
      expect(String(reply!.params.text)).toMatch(/^Ångrat: medborgarkontakt · Centrum/);
      expect(await stored()).toEqual([]);
    });

    it('refuses a crafted Ångra button pressed in a channel of another set, and undoes nothing', async () => {
      // Another municipality's set, bound to channel C2 where the same officer is a member.
      const store = t.rt.deps.store;
      const own = (await store.getPromiseSet('overkalix-2018'))!.def;
      const audit = { actor: 'slack:T1:U1', platform: 'slack' as const, action: 'seed' };
      await store.savePromiseSet(
        { ...own, key: 'annan-2018', municipality: 'Annan kommun' },
        audit,
        new Date(),
      );
      await store.bindChannel(
        { channelId: 'slack:T1:C2', platform: 'slack', setKey: 'annan-2018', postTarget: null },
        audit,
        new Date(),
      );
      await slash('/logga', 'medborgarkontakt Centrum');
      const [entry] = await stored();
      const r = await pressButton('loftesbot_undo', entry!.id, 'C2');
      expect(r.status).toBe(200);
      const [reply] = await t.slack.waitFor('response_url');
      expect(String(reply!.params.text)).toMatch(/inte din att ångra i den här kanalen/);
      expect((await stored()).map((a) => a.id)).toEqual([entry!.id]);
    });

    it('takes LOFTESBOT_ADMINS by workspace: the same user id in another workspace binds nothing', async () => {
      const other = await postSigned(
        t.url,
        TEST_SECRET,
        slashCommandBody({
          command: '/loften',
          text: 'koppla overkalix-2018',
          teamId: 'T2',
          channelId: 'C7',
          responseUrl: t.slack.responseUrl('cmd'),
        }),
      );
      expect(String((other.json() as { text: string }).text)).toMatch(/kräver rollen administratör/);
      expect(await t.rt.deps.store.getChannel('slack:T2:C7')).toBeNull();
      // The same user in the bot's own workspace is the admin (the bare U1 read as slack:T1:U1).
      expect(t.rt.deps.admins).toContain('slack:T1:U1');
    });

    it('shares /status in the channel with chat.postMessage', async () => {
      await pressButton('loftesbot_share', shareValue(await finalMessage('/status', '')));
      const [post] = await t.slack.waitFor('chat.postMessage');
      expect(post!.params.channel).toBe('C1');
      expect(String(post!.params.text)).toContain('Status Medborgarlöfte 2018');
      expect(JSON.stringify(post!.params.blocks)).not.toContain('loftesbot_share');
    });

    it('shares via response_url when the bot is not in the channel', async () => {
      t.slack.failMethod('chat.postMessage', 'not_in_channel');
      const value = shareValue(await finalMessage('/status', ''));
      const before = t.slack.callsTo('response_url').length;
      await pressButton('loftesbot_share', value);
      const posted = (await t.slack.waitFor('response_url', before + 1, 10_000)).at(-1);
      expect(posted!.params).toMatchObject({ response_type: 'in_channel', replace_original: false });
      expect(String(posted!.params.text)).toContain('Status Medborgarlöfte 2018');
    });

    it('posts /rapport in the channel within Block Kit limits and uploads its files with files.uploadV2', async () => {
      for (const [i, place] of ['Centrum', 'Skolan', 'Ungdomsgården', 'Badhuset'].entries()) {
        await slash('/logga', `medborgarkontakt ${place} 2018-03-0${i + 1}`);
        await slash('/logga', `riskkväll ${place} 2018-03-1${i + 1} med socialtjänsten`);
      }
      const report = await finalMessage('/rapport', '');
      expect(report.text).toContain('Uppföljning av medborgarlöfte 2018');
      expect(report.blocks.length).toBeLessThanOrEqual(50);
      for (const b of report.blocks as { type: string; text?: { text: string } }[]) {
        expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(b.type === 'header' ? 150 : 3000);
      }
      const [complete] = await t.slack.waitFor('files.completeUploadExternal', 1, 10_000);
      const uploads = t.slack.callsTo('files.getUploadURLExternal').map((c) => String(c.params.filename));
      expect(uploads).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/\.docx$/),
          expect.stringMatching(/\.md$/),
          expect.stringMatching(/\.csv$/),
        ]),
      );
      expect(t.slack.callsTo('upload')).toHaveLength(uploads.length);
      expect(complete!.params.channel_id).toBe(
        (report as { response_type?: string }).response_type === 'in_channel' ? 'C1' : 'D1',
      );
    });

    it('stores an entry from a modal submission and confirms it ephemerally with Ångra', async () => {
      const view = await openModalView();
      const r = await submitModal(view, {
        promise: { type: 'static_select', selected_option: { value: 'medborgarkontakt' } },
        place: { type: 'static_select', selected_option: { value: 'Skolan' } },
        place_text: { type: 'plain_text_input', value: null },
        date: { type: 'datepicker', selected_date: '2018-03-15' },
        count: { type: 'number_input', value: '2' },
        partners: { type: 'multi_static_select', selected_options: [] },
        note: { type: 'plain_text_input', value: 'Rastvakt vid "lunch"' },
      });
      expect(r.status).toBe(200);
      expect(r.text).toBe('');
      const [entry] = await stored();
      expect(entry).toMatchObject({
        place: 'skolan',
        date: '2018-03-15',
        count: 2,
        note: "Rastvakt vid 'lunch'",
      });
      const [confirmation] = await t.slack.waitFor('chat.postEphemeral');
      expect(confirmation!.params).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(confirmation!.params.text)).toMatch(/^Loggat: medborgarkontakt · Skolan/);
      expect(JSON.stringify(confirmation!.params.blocks)).toContain(entry!.id);
    });

    it('shows a bad submission as an error on its field and writes nothing', async () => {
      const view = await openModalView();
      const r = await submitModal(view, {
        promise: { type: 'static_select', selected_option: { value: 'medborgarkontakt' } },
        place: { type: 'static_select', selected_option: { value: 'Centrum' } },
        date: { type: 'datepicker', selected_date: '2018-04-02' },
        count: { type: 'number_input', value: '1' },
        note: { type: 'plain_text_input', value: null },
      });
      expect(r.status).toBe(200);
      const body = r.json() as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(Object.keys(body.errors)).toEqual(['date']);
      expect(body.errors.date).toMatch(/har inte varit än/);
      expect(await stored()).toEqual([]);
    });

    it("publishes App Home with the user's latest entries and the set status, once per event id", async () => {
      await slash('/logga', 'medborgarkontakt Centrum');
      const event = JSON.stringify({
        token: 'legacy-token',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: 'Ev1',
        event_time: 1521446400,
        event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1.1' },
      });
      const first = await postSigned(t.url, TEST_SECRET, event, { contentType: 'application/json' });
      const retry = await postSigned(t.url, TEST_SECRET, event, {
        contentType: 'application/json',
        headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
      });
      expect([first.status, retry.status]).toEqual([200, 200]);
      const [publish] = await t.slack.waitFor('views.publish');
      await new Promise((r) => setTimeout(r, 200));
      expect(t.slack.callsTo('views.publish')).toHaveLength(1);
      const home = JSON.stringify(publish!.params.view);
      expect(publish!.params.user_id).toBe('U1');
      expect(home).toContain('Loggat: medborgarkontakt · Centrum');
      expect(home).toContain('Status Medborgarlöfte 2018');
    });

    it('posts a digest through the poster into the bound channel, without buttons', async () => {
      const binding = await t.rt.deps.store.getChannel('slack:T1:C1');
      await t.poster.post(binding!, {
        ok: true,
        title: 'Måndagsöversikt v.12',
        text: 'Måndagsöversikt v.12\nMedborgarkontakt: släpar',
        sections: [{ lines: ['Medborgarkontakt: släpar'] }],
        visibility: 'channel',
        actions: [{ kind: 'share' }],
      });
      const [post] = await t.slack.waitFor('chat.postMessage');
      expect(post!.params.channel).toBe('C1');
      expect(post!.params.text).toBe('Måndagsöversikt v.12\nMedborgarkontakt: släpar');
      expect((post!.params.blocks as { type: string }[]).map((b) => b.type)).toEqual(['header', 'section']);
    });
  },
);

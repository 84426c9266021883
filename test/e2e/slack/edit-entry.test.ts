// Corrections in Slack over real HTTP: the Ändra button on a confirmation and on App Home opens the
// form filled in with the entry; its submission changes the entry and answers before → after.
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

type Block = {
  type: string;
  block_id?: string;
  elements?: { action_id: string; value: string }[];
  accessory?: { action_id: string; value: string };
  element?: Record<string, unknown>;
};
type View = { callback_id: string; private_metadata: string; title: { text: string }; blocks: Block[] };

/** A button press; from App Home there is no channel and no response_url. */
function press(actionId: string, value: string, from: 'message' | 'home' = 'message') {
  const where =
    from === 'message'
      ? onMessage('C1', t.slack.responseUrl('button'))
      : { container: { type: 'view', view_id: 'VHOME' }, view: { id: 'VHOME', type: 'home' } };
  return postSigned(t.url, TEST_SECRET, interactionBody(buttonPress(actionId, value, where)));
}

const submit = (view: View, values: Record<string, unknown>) =>
  postSigned(t.url, TEST_SECRET, interactionBody(viewSubmission(view, values)));

const stored = () => t.rt.deps.store.findUserActivities('slack:T1:U1', 10);
const formValues = (place: string, date: string, count: string) => ({
  place: { type: 'static_select', selected_option: { value: place } },
  place_text: { type: 'plain_text_input', value: null },
  date: { type: 'datepicker', selected_date: date },
  count: { type: 'number_input', value: count },
  partners: { type: 'multi_static_select', selected_options: [] },
  note: { type: 'plain_text_input', value: 'lugnt' },
});

describe.each(await findTestDatabases('Slack corrections'))(
  'Slack Ändra button and form on $name',
  ({ create }) => {
    beforeEach(async () => {
      t = await startSlackTestApp(create);
      await slash('/loften', 'koppla overkalix-2018');
    });
    afterEach(async () => {
      await t.close();
    });

    it('the confirmation carries Ändra; it opens the form filled in, and the submission changes the entry', async () => {
      const ack = (await slash('/logga', 'medborgarkontakt Centrum 2018-03-16 "lugnt"')).json() as {
        blocks: Block[];
      };
      const [entry] = await stored();
      const buttons = ack.blocks.flatMap((b) => b.elements ?? []);
      expect(buttons.find((b) => b.action_id === 'loftesbot_edit')?.value).toBe(entry!.id);

      expect((await press('loftesbot_edit', entry!.id)).status).toBe(200);
      const [open] = await t.slack.waitFor('views.open');
      const view = open!.params.view as View;
      expect(view.callback_id).toBe('loftesbot_edit_modal');
      expect(view.title.text).toBe('Ändra post');
      const input = (id: string) => view.blocks.find((b) => b.block_id === id)?.element;
      expect(view.blocks.some((b) => b.block_id === 'promise')).toBe(false);
      expect(input('place')?.initial_option).toMatchObject({ value: 'Centrum' });
      expect(input('date')?.initial_date).toBe('2018-03-16');
      expect(input('count')?.initial_value).toBe('1');
      expect(input('note')?.initial_value).toBe('lugnt');

      const r = await submit(view, formValues('Skolan', '2018-03-16', '3'));
      expect(r.status).toBe(200);
      const [answer] = await t.slack.waitFor('chat.postEphemeral');
      expect(answer!.params).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(answer!.params.text)).toMatch(
        /^Ändrat: medborgarkontakt · Centrum · fre 16 mars \(v\.11\) · 1 st · "lugnt"\n→ medborgarkontakt · Skolan · fre 16 mars \(v\.11\) · 3 st · "lugnt"/,
      );
      expect(await stored()).toEqual([expect.objectContaining({ id: entry!.id, place: 'skolan', count: 3 })]);
    });

    it('shows a bad change on its field and changes nothing', async () => {
      await slash('/logga', 'medborgarkontakt Centrum 2018-03-16');
      const before = await stored();
      await press('loftesbot_edit', before[0]!.id);
      const [open] = await t.slack.waitFor('views.open');
      const r = await submit(open!.params.view as View, formValues('Centrum', '2018-04-02', '1'));
      const body = r.json() as { response_action: string; errors: Record<string, string> };
      expect(body.response_action).toBe('errors');
      expect(body.errors.date).toMatch(/har inte varit än/);
      expect(await stored()).toEqual(before);
    });

    it('App Home lists the latest entries each with Ändra; from there the answer comes as a direct message', async () => {
      await slash('/logga', 'trafikinsats E4 2018-03-14');
      const [entry] = await stored();
      const event = JSON.stringify({
        token: 'legacy-token',
        team_id: 'T1',
        api_app_id: 'A1',
        type: 'event_callback',
        event_id: 'Ev9',
        event_time: 1521446400,
        event: { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1.1' },
      });
      await postSigned(t.url, TEST_SECRET, event, { contentType: 'application/json' });
      const [publish] = await t.slack.waitFor('views.publish');
      const home = (publish!.params.view as { blocks: Block[] }).blocks;
      expect(home.find((b) => b.accessory?.action_id === 'loftesbot_edit')?.accessory?.value).toBe(entry!.id);

      await press('loftesbot_edit', entry!.id, 'home');
      const [open] = await t.slack.waitFor('views.open');
      const view = open!.params.view as View;
      expect(JSON.parse(view.private_metadata)).toMatchObject({ channelId: '', activityId: entry!.id });
      await submit(view, {
        ...formValues('E4', '2018-03-13', '2'),
        note: { type: 'plain_text_input', value: null },
      });
      const [dm] = await t.slack.waitFor('chat.postMessage');
      expect(dm!.params.channel).toBe('U1');
      expect(String(dm!.params.text)).toContain('→ trafikinsats · E4 · tis 13 mars (v.11) · 2 st');
      expect(await stored()).toEqual([expect.objectContaining({ date: '2018-03-13', count: 2 })]);
    });
  },
);

// Slack gives a view_submission 3 s for its ack. When the command behind the /logga form is slow (a
// busy database), the form is acked at once showing "Sparar …", and the result follows with
// views.update and a message. The work is held on a gate the test opens only after the ack arrived:
// a handler that waited for the work would never ack.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/app/ports.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { viewSubmission } from '../../helpers/slack-payloads.ts';
import { interactionBody, postSigned, slashCommandBody } from '../../helpers/slack-signing.ts';
import { type SlackTestApp, startSlackTestApp, TEST_SECRET } from './start-slack-app.ts';

let t: SlackTestApp;

const slash = (command: string, text: string) =>
  postSigned(t.url, TEST_SECRET, slashCommandBody({ command, text, responseUrl: t.slack.responseUrl() }));

async function openModalView() {
  await slash('/logga', '');
  const [open] = await t.slack.waitFor('views.open');
  return open!.params.view as Record<string, unknown>;
}

const submitModal = (view: Record<string, unknown>, values: Record<string, unknown>) =>
  postSigned(t.url, TEST_SECRET, interactionBody(viewSubmission(view, values)));

const formValues = {
  promise: { type: 'static_select', selected_option: { value: 'medborgarkontakt' } },
  place: { type: 'static_select', selected_option: { value: 'Centrum' } },
  date: { type: 'datepicker', selected_date: '2018-03-14' },
  count: { type: 'number_input', value: '2' },
  note: { type: 'plain_text_input', value: 'Ica & Coop <b>' },
};

/** Holds every write until `open()`; `fail` makes the held write throw (the database gave up). */
function holdWrites(store: Store, fail = false) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const original = store.createActivity.bind(store);
  store.createActivity = async (...args) => {
    await gate;
    if (fail) throw new Error('database is locked');
    return original(...args);
  };
  return { open };
}

type ViewAck = {
  response_action?: string;
  view?: { blocks: { block_id?: string; text?: { text: string } }[] };
};
const viewText = (view: unknown) => JSON.stringify(view);

describe.each(await findTestDatabases('Slack slow form'))(
  'Slack form with slow work on $name',
  ({ create }) => {
    beforeEach(async () => {
      t = await startSlackTestApp(create);
      await slash('/loften', 'koppla overkalix-2018');
    });
    afterEach(async () => {
      await t.close();
    });

    it('acks before the work is done, then shows the confirmation in the form and in the channel', async () => {
      const view = await openModalView();
      const held = holdWrites(t.rt.deps.store);
      const ack = (await submitModal(view, formValues)).json() as ViewAck;
      expect(ack.response_action).toBe('update');
      expect(ack.view!.blocks[0]!.text!.text).toMatch(/^Sparar/);
      // The form's inputs keep their ids, so Slack keeps what was typed.
      expect(ack.view!.blocks.map((b) => b.block_id)).toEqual(
        expect.arrayContaining(['promise', 'place', 'date', 'count', 'note']),
      );
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toEqual([]);

      held.open();
      const [update] = await t.slack.waitFor('views.update', 1, 10_000);
      expect(update!.params.view_id).toBe('V1');
      expect(viewText(update!.params.view)).toContain('Loggat: medborgarkontakt');
      const [confirmation] = await t.slack.waitFor('chat.postEphemeral', 1, 10_000);
      expect(confirmation!.params).toMatchObject({ channel: 'C1', user: 'U1' });
      expect(String(confirmation!.params.text)).toMatch(/^Loggat: medborgarkontakt · Centrum/);
      expect(viewText(confirmation!.params.blocks)).toContain('loftesbot_undo');
      const [entry] = await t.rt.deps.store.findUserActivities('slack:T1:U1', 10);
      expect(entry).toMatchObject({ count: 2, note: 'Ica & Coop <b>', place: 'centrum' });
    });

    it('shows a failure in the form, and tells the user by message when the form is gone', async () => {
      const view = await openModalView();
      const held = holdWrites(t.rt.deps.store, true);
      const ack = (await submitModal(view, formValues)).json() as ViewAck;
      expect(ack.response_action).toBe('update');
      t.slack.failMethod('views.update', 'not_found');
      held.open();
      const [message] = await t.slack.waitFor('chat.postEphemeral', 1, 10_000);
      expect(String(message!.params.text)).toMatch(/^Formuläret sparades inte: .*inget sparades/);
      expect(t.slack.callsTo('views.update')).toHaveLength(1);
      expect(await t.rt.deps.store.findUserActivities('slack:T1:U1', 10)).toEqual([]);
    });
  },
);

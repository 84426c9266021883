// The Slack adapter in Socket Mode over real connections on 127.0.0.1: the bot asks the fake Web API
// for a WebSocket URL, the fake Slack sends envelopes on it and reads the acks; effects are read from
// the store and from the Web API calls the fake saw.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type Envelope,
  eventsApiEnvelope,
  interactiveEnvelope,
  slashCommandEnvelope,
} from '../../helpers/fake-slack-socket.ts';
import { buttonPress, onMessage, viewSubmission } from '../../helpers/slack-payloads.ts';
import { APP_TOKEN, type SocketTestApp, startSocketTestApp } from './start-socket-app.ts';

let t: SocketTestApp;
beforeEach(async () => {
  t = await startSocketTestApp();
  const bound = await slash('/loften', 'koppla overkalix-2018');
  expect(String(bound.payload.text)).toContain('Kanalen är nu kopplad');
});
afterEach(async () => {
  await t.close();
});

function slash(command: string, text: string, envelopeId?: string) {
  return t.socket.deliver(
    slashCommandEnvelope({ command, text, responseUrl: t.slack.responseUrl('cmd') }, envelopeId),
  );
}

function undoEnvelope(entryId: string): Envelope {
  return interactiveEnvelope(
    buttonPress('loftesbot_undo', entryId, onMessage('C1', t.slack.responseUrl('button'))),
  );
}

async function openModalView() {
  const ack = await slash('/logga', '');
  expect(ack.payload).toEqual({});
  const [open] = await t.slack.waitFor('views.open');
  expect(open!.params.trigger_id).toBe('1.2.3');
  return open!.params.view as {
    callback_id: string;
    private_metadata: string;
    blocks: { block_id: string }[];
  };
}

function submissionEnvelope(
  view: Awaited<ReturnType<typeof openModalView>>,
  values: Record<string, unknown>,
): Envelope {
  return interactiveEnvelope(viewSubmission(view, values));
}

const skolan = {
  promise: { type: 'static_select', selected_option: { value: 'medborgarkontakt' } },
  place: { type: 'static_select', selected_option: { value: 'Skolan' } },
  place_text: { type: 'plain_text_input', value: null },
  date: { type: 'datepicker', selected_date: '2018-03-15' },
  count: { type: 'number_input', value: '2' },
  partners: { type: 'multi_static_select', selected_options: [] },
  note: { type: 'plain_text_input', value: null },
};

const stored = () => t.rt.deps.store.findUserActivities('slack:T1:U1', 10);

type Payload = {
  response_type?: string;
  text?: string;
  blocks?: { elements?: { action_id: string; value: string; text: { text: string } }[] }[];
};
const buttonsOf = (p: Payload) => (p.blocks ?? []).flatMap((b) => b.elements ?? []);

describe('Slack in Socket Mode', () => {
  it('connects with the app-level token and answers /logga in its ack, storing the entry', async () => {
    const [open] = t.slack.callsTo('apps.connections.open');
    expect(open!.authorization).toBe(`Bearer ${APP_TOKEN}`);

    const ack = await slash('/logga', 'medborgarkontakt Centrum');
    const payload = ack.payload as Payload;
    expect(payload.response_type).toBe('ephemeral');
    expect(payload.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 19 mars/);
    const [entry, ...rest] = await stored();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ place: 'centrum', date: '2018-03-19', userId: 'slack:T1:U1' });
    expect(buttonsOf(payload)).toContainEqual(
      expect.objectContaining({
        action_id: 'loftesbot_undo',
        value: entry!.id,
        text: expect.objectContaining({ text: 'Ångra' }),
      }),
    );
  });

  it('undoes the entry with the Ångra button sent as an interactive envelope', async () => {
    await slash('/logga', 'medborgarkontakt Centrum');
    const [entry] = await stored();
    const ack = await t.socket.deliver(undoEnvelope(entry!.id));
    expect(ack.payload).toEqual({});
    const [reply] = await t.slack.waitFor('response_url');
    expect(reply!.path).toBe('/response-url/button');
    expect(reply!.params).toMatchObject({ replace_original: true, response_type: 'ephemeral' });
    expect(String(reply!.params.text)).toMatch(/^Ångrat: medborgarkontakt · Centrum/);
    expect(await stored()).toEqual([]);
  });

  it('opens the form for /logga without text, and stores its submission', async () => {
    const view = await openModalView();
    expect(view.callback_id).toBe('loftesbot_log_modal');
    const ack = await t.socket.deliver(submissionEnvelope(view, skolan));
    expect(ack.payload).toEqual({});
    const [entry] = await stored();
    expect(entry).toMatchObject({ place: 'skolan', date: '2018-03-15', count: 2 });
    const [confirmation] = await t.slack.waitFor('chat.postEphemeral');
    expect(confirmation!.authorization).toBe('Bearer xoxb-test');
    expect(confirmation!.params).toMatchObject({ channel: 'C1', user: 'U1' });
    expect(String(confirmation!.params.text)).toMatch(/^Loggat: medborgarkontakt · Skolan/);
  });

  it('shows a bad submission as an error on its field in the ack, writing nothing', async () => {
    const view = await openModalView();
    const ack = await t.socket.deliver(
      submissionEnvelope(view, { ...skolan, date: { type: 'datepicker', selected_date: '2018-04-02' } }),
    );
    const payload = ack.payload as { response_action: string; errors: Record<string, string> };
    expect(payload.response_action).toBe('errors');
    expect(Object.keys(payload.errors)).toEqual(['date']);
    expect(payload.errors.date).toMatch(/har inte varit än/);
    expect(await stored()).toEqual([]);
  });

  it('answers a redelivered slash command envelope with the first ack and writes nothing new', async () => {
    const first = await slash('/logga', 'medborgarkontakt Badhuset', 'env-again');
    const again = await slash('/logga', 'medborgarkontakt Badhuset', 'env-again');
    expect(String(first.payload.text)).toMatch(/^Loggat: medborgarkontakt · Badhuset/);
    expect(again.payload).toEqual(first.payload);
    expect(await stored()).toHaveLength(1);
  });

  it('stores a redelivered form submission once and confirms it once', async () => {
    const submission = submissionEnvelope(await openModalView(), skolan);
    const first = await t.socket.deliver(submission);
    const again = await t.socket.deliver(submission);
    expect([first.payload, again.payload]).toEqual([{}, {}]);
    expect(await stored()).toHaveLength(1);
    await t.slack.waitFor('chat.postEphemeral');
    const [undo] = await stored();
    // A later, different envelope still works: the deduplication is per envelope, not per user.
    await t.socket.deliver(undoEnvelope(undo!.id));
    await t.slack.waitFor('response_url');
    expect(t.slack.callsTo('chat.postEphemeral')).toHaveLength(1);
    expect(await stored()).toEqual([]);
  });

  it('handles an App Home event once when Slack retries it (retry_attempt 1)', async () => {
    await slash('/logga', 'medborgarkontakt Centrum');
    const event = { type: 'app_home_opened', user: 'U1', channel: 'D1', tab: 'home', event_ts: '1.1' };
    const first = await t.socket.deliver(eventsApiEnvelope('Ev1', event));
    const retry = await t.socket.deliver(eventsApiEnvelope('Ev1', event, 1));
    expect([first.payload, retry.payload]).toEqual([{}, {}]);
    const [publish] = await t.slack.waitFor('views.publish');
    expect(JSON.stringify(publish!.params.view)).toContain('Loggat: medborgarkontakt · Centrum');
    // Another user's event after it is handled; had the retry been handled too, U1's second publish
    // would come before U2's.
    await t.socket.deliver(eventsApiEnvelope('Ev2', { ...event, user: 'U2' }));
    const publishes = await t.slack.waitFor('views.publish', 2);
    expect(publishes.map((p) => p.params.user_id)).toEqual(['U1', 'U2']);
  });

  it('reconnects when Slack asks it to, and keeps working on the new connection', async () => {
    t.socket.sendDisconnect();
    expect(await t.socket.waitForClosed(0)).toBe(1000);
    await t.socket.waitForConnections(2);
    expect(t.slack.callsTo('apps.connections.open')).toHaveLength(2);
    const ack = await slash('/logga', 'medborgarkontakt Centrum');
    expect(String(ack.payload.text)).toMatch(/^Loggat:/);
    expect(await stored()).toHaveLength(1);
  });

  it('keeps running while Slack refuses new connections, and reconnects when it accepts again', async () => {
    t.slack.failMethod('apps.connections.open', 'internal_error', 2);
    t.socket.sendDisconnect();
    await t.socket.waitForConnections(2);
    // The first connection, two refusals, the new connection.
    expect(t.slack.callsTo('apps.connections.open')).toHaveLength(4);
    const ack = await slash('/logga', 'medborgarkontakt Centrum');
    expect(String(ack.payload.text)).toMatch(/^Loggat:/);
  });

  it('closes the socket with a normal closure on stop()', async () => {
    await t.stop();
    expect(await t.socket.waitForClosed(0)).toBe(1000);
    expect(t.socket.openConnections()).toBe(0);
    expect(t.socket.connections).toHaveLength(1);
  });
});

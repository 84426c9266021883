// Real HTTP end to end: activities POSTed to /api/messages, replies read at a fake Bot Connector.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScheduler } from '../../../src/adapters/scheduler/create-scheduler.ts';
import { digestJob } from '../../../src/adapters/scheduler/jobs/digest-job.ts';
import { findTestDatabases } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { cardsOf, validateAdaptiveCard } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import {
  messageActivity,
  postActivity,
  startTeamsServer,
  TENANT,
  type TeamsServer,
} from './start-teams-server.ts';

const SET = 'overkalix-2018';
let connector: FakeBotConnector;
let server: TeamsServer;

/** Sends one activity and returns the card of the reply that arrives for that conversation. */
async function ask(fields: Parameters<typeof messageActivity>[1]) {
  const activity = messageActivity(connector.url, fields);
  const res = await postActivity(server.url, activity);
  expect(res.status).toBe(200);
  const conv = (activity.conversation as { id: string }).id;
  const call = await connector.waitFor((c) => c.conversationId === conv);
  const [card] = cardsOf(call.body);
  expect(card, 'reply carries an Adaptive Card').toBeDefined();
  expect(validateAdaptiveCard(card)).toEqual([]);
  return { call, card: card!, json: JSON.stringify(card) };
}

function undoIdOf(card: Record<string, unknown>): string | undefined {
  const actions = (card.actions ?? []) as { title: string; data?: { action: string; activityId: string } }[];
  return actions.find((a) => a.title === 'Ångra' && a.data?.action === 'undo')?.data?.activityId;
}

describe.each(await findTestDatabases('Teams messages'))(
  'Teams over HTTP (local mode) on $name',
  ({ create }) => {
    beforeAll(async () => {
      connector = await startFakeBotConnector();
      server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: connector.url });
    });
    afterAll(async () => {
      await server?.close();
      await connector?.close();
    });

    it('binds the personal chat and answers a logga line with a confirmation card and Ångra', async () => {
      const bound = await ask({ text: 'loften koppla overkalix-2018' });
      expect(bound.json).toMatch(/kopplad till/);
      expect(
        (await server.runtime.deps.store.getChannel(`teams:${TENANT}:a:personal-anna`))?.postTarget,
      ).toEqual({
        serviceUrl: connector.url,
        conversationId: 'a:personal-anna',
        tenantId: TENANT,
      });

      const { card, json, call } = await ask({ text: 'logga medborgarkontakt Centrum 2018-03-14' });
      expect(json).toMatch(/Loggat/);
      expect(undoIdOf(card)).toBeTruthy();
      expect((card as { fallbackText?: string }).fallbackText).toMatch(/Loggat/);
      expect(call.url).toBe('/v3/conversations/a:personal-anna/activities');
    });

    it('strips the bot mention and a leading slash in a channel, and answers in the channel thread', async () => {
      const conversationId = '19:kanal@thread.tacv2;messageid=1700000000000';
      const mention = {
        type: 'mention',
        text: '<at>Löftesbot</at>',
        mentioned: { id: '28:bot', name: 'Löftesbot' },
      };
      const { json } = await ask({ text: '<at>Löftesbot</at> /hjälp', conversationId, entities: [mention] });
      expect(json).toMatch(/logga/i);
      expect(json).not.toMatch(/Förstod inte/);
    });

    it('credits a mentioned colleague by their Entra object id', async () => {
      const colleague = '00000000-0000-0000-0000-0000000000c2';
      const mention = {
        type: 'mention',
        text: '<at>Bo Polis</at>',
        mentioned: { id: '29:bo', name: 'Bo Polis', aadObjectId: colleague },
      };
      const { json } = await ask({
        text: 'logga medborgarkontakt Centrum 2018-03-15 med <at>Bo Polis</at>',
        entities: [mention],
      });
      expect(json).toMatch(/Loggat/);
      const entries = await server.runtime.deps.store.findActivities(SET);
      expect(entries.find((a) => a.date === '2018-03-15')?.participants).toContain(`teams:${colleague}`);
    });

    it('opens a card form for a bare logga, stores a submitted form, and Ångra undoes it', async () => {
      const form = await ask({ text: 'logga' });
      const ids = ((form.card.body ?? []) as { id?: string }[]).map((e) => e.id).filter(Boolean);
      expect(ids).toEqual(['promise', 'place', 'date', 'count', 'partners', 'note']);

      const submitted = await ask({
        value: {
          action: 'log-form',
          promise: 'medborgarkontakt',
          place: 'Centrum',
          date: '2018-03-16',
          count: '2',
          note: 'Bra samtal',
        },
      });
      expect(submitted.json).toMatch(/Loggat/);
      const stored = (await server.runtime.deps.store.findActivities(SET)).find(
        (a) => a.date === '2018-03-16',
      );
      expect(stored).toMatchObject({
        count: 2,
        note: 'Bra samtal',
        userId: 'teams:00000000-0000-0000-0000-000000000001',
      });

      const activityId = undoIdOf(submitted.card);
      expect(activityId).toBe(stored!.id);
      const undone = await ask({ value: { action: 'undo', activityId } });
      expect(undone.json).toMatch(/Ångrat/);
      expect((await server.runtime.deps.store.findActivities(SET)).some((a) => a.id === stored!.id)).toBe(
        false,
      );
    });

    it('brings a failed form back filled in, naming the field', async () => {
      const before = (await server.runtime.deps.store.findActivities(SET)).length;
      const { json, card } = await ask({
        value: { action: 'log-form', promise: 'medborgarkontakt', place: 'Centrum', date: '2031-01-01' },
      });
      expect(json).toMatch(/Datum: /);
      const body = card.body as { id?: string; value?: string }[];
      expect(body.find((e) => e.id === 'place')?.value).toBe('Centrum');
      expect((await server.runtime.deps.store.findActivities(SET)).length).toBe(before);
    });

    it('refuses personal data typed into the form partner field and note, storing nothing', async () => {
      const before = (await server.runtime.deps.store.findActivities(SET)).length;
      for (const [partners, note, expected] of [
        [
          'socialtjänsten 070/123 45 67',
          undefined,
          /Samverkansparten ser ut att innehålla ett telefonnummer/,
        ],
        ['Anna Svensson', undefined, /Samverkansparten ser ut att innehålla ett namn på en person/],
        ['skolan', 'mamman nås på lasse(at)exempel.se', /Anteckningen ser ut att innehålla en e-postadress/],
      ] as const) {
        const { json, card } = await ask({
          value: { action: 'log-form', promise: 'medborgarkontakt', place: 'Centrum', partners, note },
        });
        expect(json).toMatch(expected);
        expect(json).toMatch(/Inget har sparats/);
        const body = card.body as { id?: string; value?: string }[];
        expect(body.find((e) => e.id === 'place')?.value).toBe('Centrum');
      }
      expect((await server.runtime.deps.store.findActivities(SET)).length).toBe(before);
    });

    it('posts a digest proactively as a new post in the bound conversation', async () => {
      const binding = await server.runtime.deps.store.getChannel(`teams:${TENANT}:a:personal-anna`);
      await server.poster.post(binding!, {
        ok: true,
        text: 'Måndagsöversikt: allt i fas.',
        title: 'Vecka 12',
        visibility: 'channel',
      });
      const call = await connector.waitFor((c) => JSON.stringify(c.body).includes('Måndagsöversikt'));
      expect(call.url).toBe('/v3/conversations/a:personal-anna/activities');
      expect(validateAdaptiveCard(cardsOf(call.body)[0])).toEqual([]);
    });

    it('the scheduled Monday digest reaches the bound Teams conversation', async () => {
      const { deps, log } = server.runtime;
      const scheduler = createScheduler(
        deps,
        log,
        { teams: server.poster },
        { jobs: [digestJob], instanceId: 'e2e' },
      );
      await scheduler.tick();
      const call = await connector.waitFor(
        (c) => c.conversationId === 'a:personal-anna' && /vecka/i.test(JSON.stringify(c.body)),
      );
      const [card] = cardsOf(call.body);
      expect(validateAdaptiveCard(card)).toEqual([]);
      await scheduler.stop();
    });

    it('offers no download link for a posted report, and serves no file route', async () => {
      const binding = await server.runtime.deps.store.getChannel(`teams:${TENANT}:a:personal-anna`);
      const csv = 'löfte;antal\nmedborgarkontakt;3\n';
      await server.poster.post(binding!, {
        ok: true,
        text: 'Rapport 2018 för Överkalix.',
        visibility: 'channel',
        files: [{ name: 'rapport-2018.csv', mediaType: 'text/csv', data: new TextEncoder().encode(csv) }],
      });
      const call = await connector.waitFor((c) => JSON.stringify(c.body).includes('Rapport 2018'));
      const [card] = cardsOf(call.body);
      expect(validateAdaptiveCard(card)).toEqual([]);
      expect(JSON.stringify(call.body)).not.toContain('Action.OpenUrl');
      expect(JSON.stringify(call.body)).toContain(
        'Skriv rapport till Löftesbot så skickas de till din chatt.',
      );
      expect((await fetch(`${server.url}/teams/files/not-a-token/rapport-2018.csv`)).status).toBe(404);
    });
  },
);

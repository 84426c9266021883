// Corrections in Teams over real HTTP: the Ändra button on a confirmation card answers with the form
// filled in with that entry; its submit changes the entry and answers before → after.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTestDatabases } from '../../helpers/databases.ts';
import { type FakeBotConnector, startFakeBotConnector } from '../../helpers/fake-bot-connector.ts';
import { cardsOf, validateAdaptiveCard } from '../../unit/adapters/teams/validate-adaptive-card.ts';
import { messageActivity, postActivity, startTeamsServer, type TeamsServer } from './start-teams-server.ts';

const SET = 'overkalix-2018';
let connector: FakeBotConnector;
let server: TeamsServer;
type Action = { title: string; data?: { action: string; activityId: string } };
type Input = { id?: string; value?: string };

async function ask(fields: Parameters<typeof messageActivity>[1]) {
  const activity = messageActivity(connector.url, fields);
  expect((await postActivity(server.url, activity)).status).toBe(200);
  const conv = (activity.conversation as { id: string }).id;
  const call = await connector.waitFor((c) => c.conversationId === conv);
  const [card] = cardsOf(call.body);
  expect(card).toBeDefined();
  expect(validateAdaptiveCard(card)).toEqual([]);
  return { card: card as { body: Input[]; actions?: Action[] }, json: JSON.stringify(card) };
}

describe.each(await findTestDatabases('Teams corrections'))(
  'Teams Ändra on the card on $name',
  ({ create }) => {
    beforeAll(async () => {
      connector = await startFakeBotConnector();
      server = await startTeamsServer(create, { TEAMS_LOCAL: '1', SERVICE_URL: connector.url });
      await ask({ text: 'loften koppla overkalix-2018' });
    });
    afterAll(async () => {
      await server?.close();
      await connector?.close();
    });

    it('opens the form filled in, saves the change, and brings a bad change back on the form', async () => {
      const logged = await ask({ text: 'logga medborgarkontakt Centrum 2018-03-14 "lugnt"' });
      const edit = logged.card.actions?.find((a) => a.title === 'Ändra' && a.data?.action === 'edit');
      const [entry] = await server.runtime.deps.store.findActivities(SET);
      expect(edit?.data?.activityId).toBe(entry!.id);

      const form = await ask({ value: { action: 'edit', activityId: entry!.id } });
      const field = (id: string) => form.card.body.find((e) => e.id === id)?.value;
      expect(form.json).toContain('Ändra post');
      expect(form.card.body.some((e) => e.id === 'promise')).toBe(false);
      expect([field('place'), field('date'), field('count'), field('note')]).toEqual([
        'Centrum',
        '2018-03-14',
        '1',
        'lugnt',
      ]);
      const save = form.card.actions?.find((a) => a.title === 'Spara');
      expect(save?.data).toMatchObject({ action: 'edit-form', activityId: entry!.id });

      const bad = await ask({ value: { ...save!.data, place: 'Skolan', date: '2031-01-01', count: '2' } });
      expect(bad.json).toContain('har inte varit än');
      expect(bad.card.body.find((e) => e.id === 'place')?.value).toBe('Skolan');
      expect(await server.runtime.deps.store.findActivities(SET)).toEqual([entry]);

      const saved = await ask({
        value: { ...save!.data, place: 'Skolan', date: '2018-03-14', count: '3', note: 'lugnt' },
      });
      expect(saved.json).toContain(
        'Ändrat: medborgarkontakt · Centrum · ons 14 mars (v.11) · 1 st · \\"lugnt\\"',
      );
      expect(saved.json).toContain('→ medborgarkontakt · Skolan · ons 14 mars (v.11) · 3 st · \\"lugnt\\"');
      expect(await server.runtime.deps.store.findActivities(SET)).toEqual([
        expect.objectContaining({ id: entry!.id, place: 'skolan', count: 3 }),
      ]);

      // A field sent empty is removed (`utan anteckning`), not kept unsaid.
      const emptied = await ask({
        value: { ...save!.data, place: 'Skolan', date: '2018-03-14', count: '3', note: '' },
      });
      expect(emptied.json).toContain('→ medborgarkontakt · Skolan · ons 14 mars (v.11) · 3 st\\nNu: ');
      expect(await server.runtime.deps.store.findActivities(SET)).toEqual([
        expect.objectContaining({ id: entry!.id, place: 'skolan', note: null }),
      ]);
    });
  },
);

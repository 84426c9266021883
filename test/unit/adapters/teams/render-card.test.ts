import { describe, expect, it } from 'vitest';
import { renderLogForm } from '../../../../src/adapters/teams/forms/render-log-form.ts';
import type { CardElement } from '../../../../src/adapters/teams/render/card-types.ts';
import { elementText } from '../../../../src/adapters/teams/render/inert-text.ts';
import {
  type RenderOptions,
  renderActivities,
} from '../../../../src/adapters/teams/render/render-activity.ts';
import { renderCards } from '../../../../src/adapters/teams/render/render-card.ts';
import type { Reply } from '../../../../src/domain/reply.ts';
import { cardsOf, validateAdaptiveCard } from './validate-adaptive-card.ts';

/** The one card of a reply short enough for one message. */
const renderCard = (reply: Reply) => renderCards(reply)[0]!;
const renderActivity = (reply: Reply, options?: RenderOptions) => renderActivities(reply, options)[0]!;

// Lines are TextRuns in a RichTextBlock (user text must not become Markdown), TextBlocks where a mention is.
const texts = (card: { body: CardElement[] }) => card.body.map(elementText);

describe('renderCard', () => {
  it('shows a confirmation line by line with an Ångra button carrying the entry id', () => {
    const reply: Reply = {
      ok: true,
      text: 'Loggat: medborgarkontakt i Centrum 14 mars.\nMedborgarkontakt: 3 av 10 (i fas)',
      visibility: 'user',
      actions: [{ kind: 'undo', activityId: 'a1' }, { kind: 'share' }],
    };
    const card = renderCard(reply);
    expect(texts(card)).toEqual([
      'Loggat: medborgarkontakt i Centrum 14 mars.',
      'Medborgarkontakt: 3 av 10 (i fas)',
    ]);
    expect(card.actions).toEqual([
      { type: 'Action.Submit', title: 'Ångra', data: { action: 'undo', activityId: 'a1' } },
    ]);
    expect(card.fallbackText).toBe(reply.text);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('lays out title and sections when the reply has them', () => {
    const card = renderCard({
      ok: true,
      text: 'Status vecka 12 …',
      title: 'Status vecka 12',
      sections: [{ heading: 'Trygghet', lines: ['Medborgarkontakt: i fas', 'Trafik: släpar'] }],
      visibility: 'channel',
    });
    expect(texts(card)).toEqual(['Status vecka 12', 'Trygghet', 'Medborgarkontakt: i fas', 'Trafik: släpar']);
    expect(card.actions).toBeUndefined();
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('adds a mention entity for each person the reply mentions, so Teams notifies them', () => {
    const card = renderCard({
      ok: true,
      text: 'Uppföljning\nTertialuppföljning senast tis 30 april: <at>Bo Ek</at> → chefen',
      title: 'Måndagsöversikt v.18',
      sections: [
        {
          heading: 'Uppföljning',
          lines: ['Tertialuppföljning senast tis 30 april: <at>Bo Ek</at> → chefen'],
        },
      ],
      visibility: 'channel',
      mentions: [
        { text: '<at>Bo Ek</at>', userId: 'teams:aad-bo', name: 'Bo Ek' },
        { text: '<@U2>', userId: 'slack:T1:U2', name: 'anna' },
      ],
    });
    expect(card.msteams).toEqual({
      entities: [{ type: 'mention', text: '<at>Bo Ek</at>', mentioned: { id: 'aad-bo', name: 'Bo Ek' } }],
    });
    expect(texts(card)).toContain('Tertialuppföljning senast tis 30 april: <at>Bo Ek</at> → chefen');
    expect(validateAdaptiveCard(card)).toEqual([]);
    expect(renderCard({ ok: true, text: 'Inget', visibility: 'user' }).msteams).toBeUndefined();
  });

  it('marks an error in the attention colour', () => {
    const card = renderCard({ ok: false, text: 'Förstod inte "xyz".', visibility: 'user' });
    expect(card.body[0]).toMatchObject({
      type: 'RichTextBlock',
      inlines: [{ type: 'TextRun', text: 'Förstod inte "xyz".', color: 'Attention' }],
    });
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('splits a very long reply over several cards of at most 120 elements, losing no line', () => {
    const text = Array.from({ length: 500 }, (_, i) => `Rad ${i + 1}`).join('\n');
    const cards = renderCards({ ok: true, text, visibility: 'user' });
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card.body.length).toBeLessThanOrEqual(120);
    const lines = cards
      .flatMap((c) => c.body.map(elementText))
      .filter((l) => !l.startsWith('Fortsättning, del'));
    expect(lines).toEqual(text.split('\n'));
    expect(cards[0]!.fallbackText).toBe(cards[0]!.body.map(elementText).join('\n'));
  });
});

describe('renderActivity', () => {
  it('sends the log form for an open-form reply', () => {
    const activity = renderActivity({
      ok: true,
      text: 'Fyll i formuläret',
      visibility: 'user',
      actions: [{ kind: 'open-form' }],
    });
    const [card] = cardsOf(activity as unknown as Record<string, unknown>);
    const ids = (card!.body as { id?: string }[]).map((e) => e.id).filter(Boolean);
    expect(ids).toEqual(['promise', 'place', 'date', 'count', 'partners', 'note']);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('offers report files with a button that sends them to the presser’s personal chat, attaching none', () => {
    const activity = renderActivity(
      {
        ok: true,
        text: 'Rapport 2018',
        visibility: 'channel',
        files: [
          { name: 'rapport-2018.docx', mediaType: 'application/octet-stream', data: new Uint8Array([1]) },
        ],
      },
      { filesCommand: 'rapport 2018' },
    );
    expect(activity.attachments).toHaveLength(1);
    const [card] = cardsOf(activity as unknown as Record<string, unknown>);
    expect(card!.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Skicka dokumenten till mig',
        data: { action: 'send-files', command: 'rapport 2018' },
      },
    ]);
    expect(JSON.stringify(card)).not.toMatch(/Bifogat|Action\.OpenUrl/);
    expect(validateAdaptiveCard(card)).toEqual([]);
  });

  it('says how to get the documents when a post has no command to run again', () => {
    const activity = renderActivity({
      ok: true,
      text: 'Rapport 2018',
      visibility: 'user',
      files: [{ name: 'rapport-2018.csv', mediaType: 'text/csv', data: new TextEncoder().encode('a;b\n') }],
    });
    expect(activity.attachments).toHaveLength(1);
    expect(JSON.stringify(activity)).toContain('Skriv rapport till Löftesbot så skickas de till din chatt.');
    expect(activity.summary).toBe('Rapport 2018');
  });
});

describe('renderLogForm', () => {
  it('comes back filled in with the error on top, naming the field', () => {
    const card = renderLogForm(
      '',
      { promise: 'medborgarkontakt', place: 'Xyz' },
      {
        code: 'unknown-place',
        message: 'Förstod inte platsen "Xyz".',
        field: 'place',
      },
    );
    expect(card.body[1]).toMatchObject({ text: 'Plats: Förstod inte platsen "Xyz".', color: 'Attention' });
    const place = card.body.find((e) => e.id === 'place');
    expect(place?.value).toBe('Xyz');
    expect(validateAdaptiveCard(card)).toEqual([]);
  });
});

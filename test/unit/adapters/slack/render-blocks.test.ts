// Block Kit limits: Slack rejects a whole message with more than 50 blocks or a section text over
// 3 000 characters, so the largest /status and /rapport replies must be cut to fit, visibly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../../src/adapters/slack/render/render-blocks.ts';
import type { KnownBlock } from '../../../../src/adapters/slack/slack-types.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import type { PromiseSetDef } from '../../../../src/domain/promise-set/schema.ts';
import { renderStatus } from '../../../../src/domain/render/render-status.ts';
import type { Reply } from '../../../../src/domain/reply.ts';
import { computeStatus } from '../../../../src/domain/status/compute-status.ts';

function expectWithinLimits(blocks: KnownBlock[], maxBlocks = 50) {
  expect(blocks.length).toBeLessThanOrEqual(maxBlocks);
  for (const block of blocks) {
    if (block.type === 'section') expect(block.text!.text.length).toBeLessThanOrEqual(3000);
    if (block.type === 'header') expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === 'context')
      for (const e of block.elements) expect('text' in e ? e.text.length : 0).toBeLessThanOrEqual(3000);
  }
}

const textOf = (blocks: KnownBlock[]) =>
  blocks
    .map((b) => (b.type === 'section' ? b.text!.text : b.type === 'header' ? b.text.text : ''))
    .join('\n');

const loadSet = (file: string): PromiseSetDef => {
  const loaded = loadPromiseFile(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${JSON.stringify(loaded.errors)}`);
  return loaded.value;
};

describe('renderBlocks', () => {
  it('renders a confirmation as text with an Ångra button carrying the entry id', () => {
    const reply: Reply = {
      ok: true,
      text: 'Loggat: medborgarkontakt · Centrum',
      visibility: 'user',
      actions: [{ kind: 'undo', activityId: 'a1' }],
    };
    const { text, blocks } = renderBlocks(reply);
    expect(text).toBe('Loggat: medborgarkontakt · Centrum');
    expect(blocks[0]).toEqual({
      type: 'section',
      text: { type: 'mrkdwn', text: 'Loggat: medborgarkontakt · Centrum' },
    });
    expect(blocks[1]).toMatchObject({
      type: 'actions',
      elements: [{ action_id: 'loftesbot_undo', value: 'a1', text: { text: 'Ångra' } }],
    });
  });

  it('escapes Slack markup characters so user text cannot ping or link', () => {
    const { blocks } = renderBlocks({ ok: true, text: 'Not <!channel> & <@U1>', visibility: 'user' });
    expect(textOf(blocks)).toBe('Not &lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('keeps the mentions the bot wrote on purpose, and still escapes the same text from users', () => {
    const { blocks } = renderBlocks({
      ok: true,
      text: 'Ansvariga: <@U2>, <@U3> & "<@U9>"',
      visibility: 'channel',
      mentions: [
        { text: '<@U2>', userId: 'slack:T1:U2', name: 'anna' },
        { text: '<@U3>', userId: 'slack:T1:U3', name: 'U3' },
      ],
    });
    expect(textOf(blocks)).toBe('Ansvariga: <@U2>, <@U3> &amp; "&lt;@U9&gt;"');
  });

  it('only offers "Dela i kanalen" when the command can be run again', () => {
    const reply: Reply = { ok: true, text: 'Status', visibility: 'user', actions: [{ kind: 'share' }] };
    expect(renderBlocks(reply).blocks.some((b) => b.type === 'actions')).toBe(false);
    const shared = renderBlocks(reply, { shareValue: '{"c":"status","t":""}' }).blocks.at(-1);
    expect(shared).toMatchObject({
      type: 'actions',
      elements: [{ text: { text: 'Dela i kanalen' }, value: '{"c":"status","t":""}' }],
    });
  });

  it.each([1, 3, 20])(
    'keeps /status of Överkalix 2018 with its promises ×%i inside the limits at its worst moment',
    (copies) => {
      const base = loadSet('promises/overkalix-2018.yml');
      // Copies of every promise with nothing logged, at the end of the period: the most alerts and headings.
      const set: PromiseSetDef = {
        ...base,
        promises: Array.from({ length: copies }, (_, n) => n).flatMap((n) =>
          base.promises.map((p) => ({ ...p, id: `${p.id}-${n}`, category: `${p.category} ${n}` })),
        ),
      };
      const now = new Date(`${set.period.end}T12:00:00Z`);
      const reply = renderStatus(set, computeStatus(set, [], now));
      const { text, blocks } = renderBlocks(reply, { shareValue: '{"c":"status","t":""}' });
      expectWithinLimits(blocks);
      expect(text.length).toBeLessThanOrEqual(3000);
      expect(blocks.at(-1)?.type).toBe('actions');
    },
  );

  it('splits a /rapport-sized reply over sections, cuts it at 50 blocks with a note, and keeps the buttons', () => {
    const lines = Array.from(
      { length: 4000 },
      (_, i) => `2018-03-${String((i % 28) + 1).padStart(2, '0')} · medborgarkontakt · Centrum · rad ${i}`,
    );
    const reply: Reply = {
      ok: true,
      title: `Uppföljning av medborgarlöfte 2018 — ${'Överkalix kommun och lokalpolisområde Östra Norrbotten '.repeat(4)}`,
      text: lines.join('\n'),
      sections: [
        { heading: 'Aktiviteter', lines },
        { heading: 'En enda mycket lång rad', lines: ['x'.repeat(7000)] },
      ],
      visibility: 'user',
      actions: [{ kind: 'share' }],
    };
    const { blocks } = renderBlocks(reply, { shareValue: '{"c":"rapport","t":""}' });
    expectWithinLimits(blocks);
    expect(blocks).toHaveLength(50);
    expect(blocks.at(-1)?.type).toBe('actions');
    expect(JSON.stringify(blocks.at(-2))).toContain('Meddelandet är förkortat');
  });

  it('keeps every line when the reply fits, split at line ends', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Löfte ${i}: 3 av 4 — i fas`);
    const { blocks } = renderBlocks({
      ok: true,
      text: lines.join('\n'),
      sections: [{ lines }],
      visibility: 'user',
    });
    expect(textOf(blocks).split('\n')).toEqual(lines);
  });

  it('allows 100 blocks on App Home', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `rad ${i} ${'·'.repeat(80)}`);
    const { blocks } = renderBlocks(
      { ok: true, text: '', sections: [{ lines }], visibility: 'user' },
      { maxBlocks: 100 },
    );
    expectWithinLimits(blocks, 100);
    expect(blocks).toHaveLength(100);
  });
});

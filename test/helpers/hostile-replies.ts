// Replies whose every field carries hostile user text: a promise title and a partner from the promise
// file, a free-text place, a note, a plan, a judgement's comment and a mention. The renderer tests
// check that each platform shows these characters as text and nothing more.
import { getChannelDigest } from '../../src/app/digest/get-channel-digest.ts';
import { handleCommand } from '../../src/app/handle-command.ts';
import { importPromiseSet } from '../../src/app/import-promise-set.ts';
import type { Reply } from '../../src/domain/reply.ts';
import { createCoreHarness, overkalixText } from './core-deps.ts';

/** Markup each platform would act on: Slack's specials, Teams' mention tag, a Markdown link, bold. */
export const HOSTILE =
  'A&O <b> <!channel> <!here> <@U999> <at>Chef</at> [Logga in här](https://evil.example/x) **fet**';

/** A free-text place: every word needs a letter, so the ampersand is inside one. */
export const PLACE = 'Ica&Coop <b> <!channel> [Logga in här](https://evil.example/x)';

export interface HostileReply {
  name: string;
  reply: Reply;
}

export async function buildHostileReplies(): Promise<HostileReply[]> {
  const h = await createCoreHarness('2018-03-19T08:00:00');
  const fileText = overkalixText
    .replace('title: Helgbemanning minst var tredje vecka', `title: '${HOSTILE} titel'`)
    .replace('name: Socialtjänsten,', `name: '${HOSTILE} part',`)
    // Free places for helgbemanning, so a new place (the hostile text) is taken.
    .replace(
      'rule: { kind: every-n-weeks, weeks: 3 }',
      'rule: { kind: every-n-weeks, weeks: 3 }\n    places: open',
    )
    .concat(`
  - id: samverkan
    category: Samverkan
    title: Samverkan i arbetsgruppen
    text: Arbetsgruppen samverkar regelbundet.
    words: [samverkan]
    rule: { kind: judged, wording: regelbundet, reviewEvery: month }
`);
  const imported = await importPromiseSet(h.deps, fileText, {
    actor: 'console:admin',
    platform: 'console',
    action: 'import',
  });
  if (!imported.ok) throw new Error(imported.message);
  const admin = { ...h.ctx, userId: 'console:admin', platformUserId: 'console:admin' };
  const run = (line: string, ctx = h.ctx) => handleCommand(h.deps, ctx, line);
  const replies: HostileReply[] = [
    {
      name: 'log: note, free-text place, partner, title',
      reply: await run(`logga helgbemanning i ${PLACE} med soc "${HOSTILE}"`),
    },
    { name: 'plan', reply: await run(`planera helgbemanning i ${PLACE} 2018-03-31 "${HOSTILE}"`) },
    { name: 'judgement comment', reply: await run(`loften bedöm samverkan släpar "${HOSTILE}"`, admin) },
    { name: 'status', reply: await run('status') },
    { name: 'report', reply: await run('rapport', admin) },
  ];
  const binding = await h.deps.store.getChannel(h.ctx.channelId);
  const digest = await getChannelDigest(h.deps, binding!, h.deps.clock.now());
  if (digest) replies.push({ name: 'digest', reply: digest.reply });
  return replies;
}

// App Home: the status of every promise set the user has logged for, and the user's latest entries.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { getSetStatus } from '../../../app/get-status.ts';
import { describeEntry } from '../../../domain/render/describe-entry.ts';
import { renderStatus } from '../../../domain/render/render-status.ts';
import { wordsAt } from '../../../domain/status/status-words.ts';
import type { Activity } from '../../../domain/types.ts';
import { slackUserId } from '../ids/slack-ids.ts';
import { actionIds } from '../render/action-ids.ts';
import { escapeMrkdwn, MAX_BLOCKS_SURFACE, renderBlocks } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { KnownBlock } from '../slack-types.ts';
import { findHealthNotices } from './find-health-notices.ts';

const LATEST = 10;

export type HomeArgs = Pick<SlackEventMiddlewareArgs<'app_home_opened'>, 'event' | 'body'> &
  Pick<AllMiddlewareArgs, 'client'>;

export async function publishHome(env: SlackEnv, { event, body, client }: HomeArgs): Promise<void> {
  if (event.tab && event.tab !== 'home') return;
  const blocks = await buildHomeBlocks(env, env.workspace ?? body.team_id, event.user);
  await client.views.publish({ user_id: event.user, view: { type: 'home', blocks } });
}

export async function buildHomeBlocks(env: SlackEnv, teamId: string, user: string): Promise<KnownBlock[]> {
  const notices = await findHealthNotices(env, teamId, user);
  const blocks = await buildStatusBlocks(env, teamId, user);
  if (notices.length === 0) return blocks;
  const head: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Måndagsöversikten når inte fram' } },
    ...notices.map(section),
    { type: 'divider' },
  ];
  return [...head, ...blocks].slice(0, MAX_BLOCKS_SURFACE);
}

async function buildStatusBlocks(env: SlackEnv, teamId: string, user: string): Promise<KnownBlock[]> {
  const { store } = env.deps;
  const latest = await store.findUserActivities(slackUserId(teamId, user), LATEST);
  if (latest.length === 0) {
    return [
      section(
        'Här ser du status för löftena i dina kanaler och det du loggat senast. Börja med att logga i en kopplad kanal, t.ex. `/logga medborgarkontakt Centrum`, eller skriv `/loften` där.',
      ),
    ];
  }
  const setKeys = [...new Set(latest.map((a) => a.setKey))];
  const blocks: KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'Dina senaste registreringar' } },
  ];
  // One section per entry, each with its Ändra button (it opens the form filled in).
  for (const a of latest) {
    blocks.push({
      ...section(escapeMrkdwn(await describeLatest(env, a))),
      accessory: {
        type: 'button',
        action_id: actionIds.edit,
        text: { type: 'plain_text', text: 'Ändra' },
        value: a.id,
      },
    } as KnownBlock);
  }
  // Leave room for every set; what does not fit is cut by renderBlocks with a note.
  const perSet = Math.floor((MAX_BLOCKS_SURFACE - blocks.length) / setKeys.length) - 1;
  for (const key of setKeys) {
    const stored = await store.getPromiseSet(key);
    const status = await getSetStatus(env.deps, key);
    if (!stored || !status) continue;
    blocks.push({ type: 'divider' });
    blocks.push(
      ...renderBlocks({ ...renderStatus(stored.def, status), actions: [] }, { maxBlocks: perSet }).blocks,
    );
  }
  return blocks.slice(0, MAX_BLOCKS_SURFACE);
}

async function describeLatest(env: SlackEnv, a: Activity): Promise<string> {
  const stored = await env.deps.store.getPromiseSet(a.setKey);
  const what = stored ? describeEntry(stored.def, a, wordsAt(stored.def, env.deps.clock.now())) : a.date;
  return `${a.planned ? 'Planerat' : 'Loggat'}: ${what}`;
}

const section = (text: string): KnownBlock => ({
  type: 'section',
  text: { type: 'mrkdwn', text: text.slice(0, 3000) },
});

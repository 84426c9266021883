// Opens the `/logga` form for a bound channel. The trigger id expires after 3 s, so this runs
// right after the ack.

import { toLocalDate } from '../../../domain/time/index.ts';
import { slackChannelId } from '../ids/slack-ids.ts';
import type { SlackEnv } from '../slack-env.ts';
import type { WebClient } from '../slack-types.ts';
import { buildLogModal, type LogModalMeta } from './build-log-modal.ts';

export async function openLogModal(
  env: SlackEnv,
  client: WebClient,
  triggerId: string,
  meta: LogModalMeta,
): Promise<boolean> {
  const binding = await env.deps.store.getChannel(slackChannelId(meta.teamId, meta.channelId));
  const stored = binding ? await env.deps.store.getPromiseSet(binding.setKey) : null;
  if (!stored) return false;
  const today = toLocalDate(env.deps.clock.now(), stored.def.timeZone);
  await client.views.open({ trigger_id: triggerId, view: buildLogModal(stored.def, today, meta) });
  return true;
}

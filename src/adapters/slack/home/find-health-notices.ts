// App Home's notice for an admin: the channels of this workspace the user administers (or bound)
// where posts cannot arrive, each with what is wrong and how to mend it.
import { describeProblem, describeRemedy } from '../../../app/delivery/describe-post-failure.ts';
import { parseSlackId, slackUserId } from '../ids/slack-ids.ts';
import { escapeMrkdwn } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';

export async function findHealthNotices(env: SlackEnv, teamId: string, user: string): Promise<string[]> {
  const { store } = env.deps;
  const userId = slackUserId(teamId, user);
  const notices: string[] = [];
  for (const binding of await store.findChannels()) {
    const channel = parseSlackId(binding.channelId);
    if (!binding.health || channel?.teamId !== teamId) continue;
    const isAdmin =
      binding.boundBy === userId || (await store.getRole(binding.channelId, userId)) === 'admin';
    if (!isAdmin) continue;
    const { reason } = binding.health;
    notices.push(
      `:warning: <#${channel.id}>: ${escapeMrkdwn(describeProblem(reason, 'slack'))} ${escapeMrkdwn(describeRemedy(reason, 'slack'))}`,
    );
  }
  return notices;
}

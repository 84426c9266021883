// A Reply as the body of an ack or response_url message.

import type { Reply } from '../../../domain/reply.ts';
import { renderBlocks } from '../render/render-blocks.ts';
import type { KnownBlock } from '../slack-types.ts';

export interface SlackResponse {
  response_type: 'ephemeral' | 'in_channel';
  text: string;
  blocks: KnownBlock[];
}

export function replyToResponse(reply: Reply, shareValue?: string): SlackResponse {
  const { text, blocks } = renderBlocks(reply, { shareValue });
  return { response_type: reply.visibility === 'channel' ? 'in_channel' : 'ephemeral', text, blocks };
}

/** What the share button needs to run the same command again, within Slack's 2 000 characters. */
export function shareValueFor(command: string, text: string): string | undefined {
  const value = JSON.stringify({ c: command, t: text });
  return value.length <= 2000 ? value : undefined;
}

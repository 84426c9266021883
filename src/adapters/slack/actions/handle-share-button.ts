// "Dela i kanalen" under /status and /rapport: runs the same command again for the one who pressed
// (so permissions are checked again and the figures are current) and posts it in the channel.

import { replyToResponse } from '../commands/reply-to-response.ts';
import { runCommand } from '../commands/run-command.ts';
import { describeUploadFailure, uploadErrorCode, uploadReplyFiles } from '../post/upload-reply-files.ts';
import { escapeMrkdwn, renderBlocks } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import { actionContext } from './action-origin.ts';
import type { ButtonArgs } from './handle-undo-button.ts';

export async function handleShareButton(
  env: SlackEnv,
  { ack, body, action, respond, client }: ButtonArgs,
): Promise<void> {
  await ack();
  const shared = parseShareValue(action.value);
  const ctx = shared ? actionContext(env, body, shared.c) : null;
  if (!shared || !ctx) return;
  const reply = await runCommand(env, ctx, shared.t);
  if (!reply.ok) {
    await respond({ ...replyToResponse(reply), response_type: 'ephemeral', replace_original: false });
    return;
  }
  const channel = ctx.postTarget.channelId!;
  const { text, blocks } = renderBlocks({ ...reply, actions: [] });
  try {
    await client.chat.postMessage({ channel, text, blocks });
  } catch (err) {
    // The bot may not be a member of the channel; a response_url post needs no membership.
    env.log.warn({ err, channel: ctx.channelId }, 'slack: chat.postMessage failed, sharing via response_url');
    await respond({ response_type: 'in_channel', replace_original: false, text, blocks });
  }
  if (reply.files?.length) {
    try {
      await uploadReplyFiles(client, reply.files, { channelId: channel });
    } catch (err) {
      env.log.warn({ err, code: uploadErrorCode(err) }, 'slack: file upload failed');
      await respond({
        response_type: 'ephemeral',
        replace_original: false,
        text: escapeMrkdwn(describeUploadFailure(err, reply.files, `${shared.c} ${shared.t}`.trim())),
      });
    }
  }
}

function parseShareValue(value: string | undefined): { c: string; t: string } | null {
  try {
    const parsed = JSON.parse(value ?? '') as { c?: unknown; t?: unknown };
    return typeof parsed.c === 'string' && typeof parsed.t === 'string' ? { c: parsed.c, t: parsed.t } : null;
  } catch {
    return null;
  }
}

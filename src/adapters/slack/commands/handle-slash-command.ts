// Every slash command: one handleCommand call. Slack wants an answer within 3 s; a reply ready
// within the budget is the ack itself, a slower one is acked "Arbetar…" and sent by response_url.
import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Reply } from '../../../domain/reply.ts';
import { describeUploadFailure, uploadErrorCode, uploadReplyFiles } from '../post/upload-reply-files.ts';
import { escapeMrkdwn } from '../render/render-blocks.ts';
import type { SlackEnv } from '../slack-env.ts';
import { decodeSlackText } from '../text/decode-slack-text.ts';
import { openLogModal } from '../views/open-log-modal.ts';
import { buildCommandContext } from './build-command-context.ts';
import { replyToResponse, shareValueFor } from './reply-to-response.ts';
import { runCommand } from './run-command.ts';

export const ACK_BUDGET_MS = 2000;

export type SlashCommandArgs = Pick<SlackCommandMiddlewareArgs, 'command' | 'ack' | 'respond'> &
  Pick<AllMiddlewareArgs, 'client'>;

export async function handleSlashCommand(
  env: SlackEnv,
  { command, ack, respond, client }: SlashCommandArgs,
): Promise<void> {
  const name = command.command.replace(/^\//, '');
  // Slack's escaping and markup decoded, so what is stored is what the user typed.
  const text = (await decodeSlackText(command.text, (id) => env.names.getName(id))).trim();
  const ctx = buildCommandContext(env, {
    teamId: env.workspace ?? command.team_id,
    userId: command.user_id,
    channelId: command.channel_id,
    command: name,
    userName: command.user_name,
  });
  const work = runCommand(env, ctx, text);
  const quick = await withinBudget(work, ACK_BUDGET_MS);
  const share = shareValueFor(name, text);

  if (quick?.actions?.some((a) => a.kind === 'open-form') && command.trigger_id) {
    await ack();
    const opened = await openLogModal(env, client, command.trigger_id, {
      teamId: env.workspace ?? command.team_id,
      channelId: command.channel_id,
    }).catch((err: unknown) => {
      env.log.warn({ err, channel: ctx.channelId }, 'slack: views.open failed');
      return false;
    });
    if (!opened) await respond(replyToResponse(quick));
    return;
  }
  if (quick) {
    await ack(replyToResponse(quick, share));
  } else {
    await ack({ response_type: 'ephemeral', text: 'Arbetar…' });
  }
  const reply = quick ?? (await work);
  if (!quick) await respond({ ...replyToResponse(reply, share), replace_original: true });
  await sendFiles(env, { client, respond }, reply, {
    userId: command.user_id,
    channelId: command.channel_id,
    command: `${name} ${text}`.trim(),
  });
}

async function sendFiles(
  env: SlackEnv,
  { client, respond }: Pick<SlashCommandArgs, 'client' | 'respond'>,
  reply: Reply,
  to: { userId: string; channelId: string; command: string },
) {
  if (!reply.files?.length) return;
  try {
    await uploadReplyFiles(
      client,
      reply.files,
      reply.visibility === 'channel' ? { channelId: to.channelId } : { userId: to.userId },
    );
  } catch (err) {
    env.log.warn({ err, code: uploadErrorCode(err) }, 'slack: file upload failed');
    // The requester learns what did not arrive and how else to get it.
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: escapeMrkdwn(describeUploadFailure(err, reply.files, to.command)),
    }).catch((error: unknown) => env.log.warn({ err: error }, 'slack: could not report the failed upload'));
  }
}

/** The reply if it is ready within `ms`, else null (the work goes on). */
export async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

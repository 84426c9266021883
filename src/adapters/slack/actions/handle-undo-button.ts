// The Ångra button on a confirmation: undoes exactly that entry and replaces the confirmation.
import type { AllMiddlewareArgs, BlockAction, ButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { undoEntry } from '../../../app/undo-activity.ts';
import { replyToResponse } from '../commands/reply-to-response.ts';
import type { SlackEnv } from '../slack-env.ts';
import { actionContext } from './action-origin.ts';

export type ButtonArgs = Pick<
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>>,
  'ack' | 'body' | 'action' | 'respond'
> &
  Pick<AllMiddlewareArgs, 'client'>;

export async function handleUndoButton(
  env: SlackEnv,
  { ack, body, action, respond }: ButtonArgs,
): Promise<void> {
  await ack();
  const ctx = actionContext(env, body);
  if (!ctx || !action.value) return;
  const reply = await undoEntry(env.deps, ctx, action.value);
  await respond({ ...replyToResponse(reply), response_type: 'ephemeral', replace_original: true });
}

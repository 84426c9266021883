// Every message activity: a card submit (Ångra, the log form) or a typed command line.
import type { AppDeps } from '../../../app/deps.ts';
import { failureReply } from '../../../app/unavailable-reply.ts';
import { handleEditAction, handleEditSubmit } from '../actions/handle-edit-action.ts';
import { handleSendFilesAction } from '../actions/handle-send-files-action.ts';
import { handleUndoAction } from '../actions/handle-undo-action.ts';
import { SEND_FILES_ACTION } from '../files/file-consent.ts';
import { EDIT_FORM_ACTION, LOG_FORM_ACTION } from '../forms/form-fields.ts';
import { handleFormSubmit } from '../forms/handle-form-submit.ts';
import type { TeamsOrigin } from '../ids/teams-ids.ts';
import type { Answer } from './answer.ts';
import { buildContext } from './build-context.ts';
import { handleTextCommand } from './handle-text-command.ts';
import { type MentionEntity, readCommandText } from './read-command-text.ts';

export type InboundMessage = TeamsOrigin & {
  text?: string;
  value?: unknown;
  recipient: { id: string };
  entities?: MentionEntity[];
};

/** The answer to one inbound message. */
export async function handleMessage(deps: AppDeps, activity: InboundMessage): Promise<Answer> {
  const ctx = buildContext(activity);
  try {
    const value = isRecord(activity.value) ? activity.value : null;
    if (value?.action === 'undo') return await handleUndoAction(deps, ctx, value.activityId);
    if (value?.action === LOG_FORM_ACTION) return await handleFormSubmit(deps, ctx, value);
    if (value?.action === 'edit') return await handleEditAction(deps, ctx, value.activityId);
    if (value?.action === EDIT_FORM_ACTION) return await handleEditSubmit(deps, ctx, value);
    if (value?.action === SEND_FILES_ACTION) return await handleSendFilesAction(deps, ctx, value.command);
    // An empty line (just the @mention) gets the grammar's own hint on what to write.
    const text = readCommandText(activity);
    const answer = await handleTextCommand(deps, ctx, text);
    return answer.reply.files?.length ? { ...answer, filesCommand: text } : answer;
  } catch (error) {
    deps.log.error({ err: error, channel: ctx.channelId }, 'teams message failed');
    return { reply: failureReply(error) };
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

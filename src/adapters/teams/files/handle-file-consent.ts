// The user's answer to a file consent card (`fileConsent/invoke`). Accept: the report command runs
// again for the person who accepted, in the channel it came from (their role there checked again), and
// the file of that name goes into the upload session Teams opened, then a file info card shows it.
// Decline: a short word. Every outcome is told in the chat; the invoke itself is answered 200.
import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import { type Reply, textReply } from '../../../domain/reply.ts';
import { getTenantId, type TeamsOrigin } from '../ids/teams-ids.ts';
import { buildContext } from '../messages/build-context.ts';
import { type OutgoingMessage, renderActivities } from '../render/render-activity.ts';
import { fileInfoMessage, isConsentContext, type UploadInfo, uploadToConsentUrl } from './file-consent.ts';

export interface FileConsentActivity extends TeamsOrigin {
  value?: { action?: string; context?: unknown; uploadInfo?: UploadInfo };
}

export async function handleFileConsent(
  deps: AppDeps,
  activity: FileConsentActivity,
  send: (message: OutgoingMessage) => Promise<unknown>,
): Promise<void> {
  const say = async (reply: Reply) => {
    for (const message of renderActivities(reply)) await send(message);
  };
  const context = activity.value?.context;
  // A context for another tenant's channel is never honoured, whatever the card said.
  if (!isConsentContext(context) || !context.channelId.startsWith(`teams:${getTenantId(activity)}:`)) {
    await say(textReply('Det dokumentet går inte att skicka härifrån. Ta fram rapporten igen i kanalen.'));
    return;
  }
  if (activity.value?.action !== 'accept') {
    await say(textReply(`Okej, ${context.file} skickades inte.`));
    return;
  }
  const ctx = { ...buildContext(activity), channelId: context.channelId };
  const reply = await handleCommand(deps, ctx, context.command);
  if (!reply.ok) {
    await say(reply);
    return;
  }
  const file = reply.files?.find((f) => f.name === context.file);
  if (!file) {
    await say(textReply(`${context.file} finns inte längre i rapporten. Ta fram rapporten igen i kanalen.`));
    return;
  }
  try {
    await uploadToConsentUrl(activity.value.uploadInfo ?? {}, file);
  } catch (err) {
    deps.log.warn({ err, channel: context.channelId }, 'teams: consent upload failed');
    await say(
      textReply(
        `${file.name} kunde inte sparas i din OneDrive (${(err as Error).message}). Försök igen med knappen Skicka dokumenten till mig under rapporten.`,
      ),
    );
    return;
  }
  await send(fileInfoMessage(activity.value.uploadInfo ?? {}));
}

// Report files go up with files.uploadV2 (files.getUploadURLExternal, the upload, then
// files.completeUploadExternal). Files cannot be ephemeral, so a reply meant for the user alone sends
// them in the user's direct conversation with the bot. "Bifogat" is said only with the files
// themselves, as the upload's comment; a failed upload is described for the requester.

import type { Reply } from '../../../domain/reply.ts';
import type { WebClient } from '../slack-types.ts';

type ReplyFile = NonNullable<Reply['files']>[number];

export async function uploadReplyFiles(
  client: WebClient,
  files: ReplyFile[],
  to: { channelId: string } | { userId: string },
): Promise<void> {
  if (files.length === 0) return;
  let channelId: string | undefined;
  if ('channelId' in to) {
    channelId = to.channelId;
  } else {
    const opened = await client.conversations.open({ users: to.userId });
    channelId = opened.channel?.id;
  }
  if (!channelId) throw new Error('conversations.open gave no channel');
  await client.files.uploadV2({
    channel_id: channelId,
    initial_comment: `Bifogat till sammanställningen: ${files.map((f) => f.name).join(', ')}`,
    file_uploads: files.map((f) => ({ file: Buffer.from(f.data), filename: f.name, title: f.name })),
  });
}

/** Slack's error code from a failed Web API call, or the thrown error's own code or message. */
export function uploadErrorCode(err: unknown): string {
  const e = err as { data?: { error?: unknown }; code?: unknown; message?: unknown };
  if (typeof e?.data?.error === 'string') return e.data.error;
  if (typeof e?.code === 'string') return e.code;
  return typeof e?.message === 'string' ? e.message.slice(0, 80) : 'okänt fel';
}

/** What the requester is told when the documents did not arrive: what failed, and another way. */
export function describeUploadFailure(err: unknown, files: ReplyFile[], command: string): string {
  const code = uploadErrorCode(err);
  const why: Record<string, string> = {
    not_in_channel: 'Löftesbot är inte med i kanalen. Bjud in den med /invite @Löftesbot.',
    channel_not_found: 'Löftesbot ser inte kanalen. Bjud in den med /invite @Löftesbot.',
    missing_scope:
      'Appen saknar behörigheten files:write. En Slack-administratör behöver installera om Löftesbot.',
    not_allowed_token_type: 'Appen saknar behörighet att ladda upp filer. Kontakta Slack-administratören.',
    file_uploads_disabled: 'Filuppladdning är avstängd i den här arbetsytan.',
    file_upload_size_restricted: 'Filerna är större än arbetsytan tillåter.',
    ratelimited: 'Slack bad Löftesbot vänta en stund.',
  };
  const names = files.map((f) => f.name).join(', ');
  return [
    `Dokumenten kom inte fram (${names}): Slack svarade ${code}. ${why[code] ?? ''}`.trim(),
    `Sammanställningen ovan är hela texten. Försök igen med /${command}, hämta en fil i taget (t.ex. /rapport md), eller be en administratör ta fram dokumenten med loftesbot report på servern.`,
  ].join('\n');
}

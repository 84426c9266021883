// Report documents reach a Teams user the way Teams expects: a file consent card in their personal chat
// with the bot; when they accept, Teams hands the bot an upload URL in their OneDrive, the bot writes the
// file there and shows it with a file info card. No download route of the bot's own exists, so nothing
// can be fetched without signing in to Teams.
//
// The consent card's context names the channel, the command and the file, not the bytes: on accept the
// command runs again for the person who accepted (so their role in that channel is checked again, and
// any replica can serve it), and the file of that name is uploaded.
import type { Reply } from '../../../domain/reply.ts';
import type { OutgoingMessage } from '../render/render-activity.ts';

export const FILE_CONSENT_CARD = 'application/vnd.microsoft.teams.card.file.consent';
export const FILE_INFO_CARD = 'application/vnd.microsoft.teams.card.file.info';
export const SEND_FILES_ACTION = 'send-files';

type ReplyFile = NonNullable<Reply['files']>[number];

/** What Teams sends back with the user's answer to a consent card. */
export interface ConsentContext {
  /** Normalised channel id (`teams:<tenant>:<conversation>`) the report belongs to. */
  channelId: string;
  /** The command line that made the file (`rapport 2018 docx`). */
  command: string;
  file: string;
}

export function isConsentContext(value: unknown): value is ConsentContext {
  const v = value as Partial<ConsentContext> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.channelId === 'string' &&
    typeof v.command === 'string' &&
    typeof v.file === 'string'
  );
}

/** One consent card per file, for the requester's personal chat. */
export function consentMessages(files: ReplyFile[], channelId: string, command: string): OutgoingMessage[] {
  return files.map((file) => {
    const context: ConsentContext = { channelId, command, file: file.name };
    return {
      type: 'message',
      summary: `Dokument: ${file.name}`,
      attachments: [
        {
          contentType: FILE_CONSENT_CARD,
          name: file.name,
          content: {
            description: `${file.name} från Löftesbot. Godkänn så sparas filen i din OneDrive och visas här.`,
            sizeInBytes: file.data.byteLength,
            acceptContext: context,
            declineContext: context,
          },
        },
      ],
    };
  });
}

export interface UploadInfo {
  name?: string;
  uploadUrl?: string;
  contentUrl?: string;
  uniqueId?: string;
  fileType?: string;
}

/** Writes the file into the upload session Teams opened (one request: the whole file as one range). */
export async function uploadToConsentUrl(info: UploadInfo, file: ReplyFile): Promise<void> {
  if (!info.uploadUrl || !/^https?:\/\//.test(info.uploadUrl)) throw new Error('no upload URL from Teams');
  const size = file.data.byteLength;
  const res = await fetch(info.uploadUrl, {
    method: 'PUT',
    headers: {
      'content-length': String(size),
      'content-range': `bytes 0-${Math.max(0, size - 1)}/${size}`,
    },
    body: Buffer.from(file.data),
  });
  if (!res.ok) throw new Error(`upload refused: HTTP ${res.status}`);
}

/** The message that shows the uploaded file in the chat. */
export function fileInfoMessage(info: UploadInfo): OutgoingMessage {
  return {
    type: 'message',
    summary: `Sparat: ${info.name ?? 'dokument'}`,
    attachments: [
      {
        contentType: FILE_INFO_CARD,
        ...(info.contentUrl ? { contentUrl: info.contentUrl } : {}),
        ...(info.name ? { name: info.name } : {}),
        content: { uniqueId: info.uniqueId, fileType: info.fileType },
      },
    ],
  };
}

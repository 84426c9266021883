// Reply → the Teams message that carries it: the card (or the log form), and report files as
// download buttons (or, with no link available, attached inline).
import type { Reply } from '../../../domain/reply.ts';
import type { FormValues } from '../forms/form-fields.ts';
import { renderLogForm } from '../forms/render-log-form.ts';
import { CARD_CONTENT_TYPE } from './card-types.ts';
import { renderCard } from './render-card.ts';

export interface OutgoingMessage {
  type: 'message';
  /** Shown in notifications and by clients that cannot draw the card. */
  summary: string;
  attachments: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
}

type ReplyFile = NonNullable<Reply['files']>[number];

export interface RenderOptions {
  /** Values of a submitted log form, to fill the form in again after an error. */
  formValues?: FormValues | undefined;
  /** A download URL for a report file, or null when none can be made. */
  linkFile?: ((file: ReplyFile) => string | null) | undefined;
}

export function renderActivity(reply: Reply, options: RenderOptions = {}): OutgoingMessage {
  const wantsForm = reply.actions?.some((a) => a.kind === 'open-form') || (options.formValues && !reply.ok);
  const links: { name: string; url: string }[] = [];
  const inline: OutgoingMessage['attachments'] = [];
  for (const file of reply.files ?? []) {
    const url = options.linkFile?.(file) ?? null;
    if (url) links.push({ name: file.name, url });
    else {
      inline.push({
        contentType: file.mediaType,
        contentUrl: `data:${file.mediaType};base64,${Buffer.from(file.data).toString('base64')}`,
        name: file.name,
      });
    }
  }
  const card = wantsForm
    ? renderLogForm(reply.ok ? reply.text : '', options.formValues, reply.error)
    : renderCard(reply, links);
  return {
    type: 'message',
    summary: reply.text.split('\n')[0]!.slice(0, 200),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }, ...inline],
  };
}

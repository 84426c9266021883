// Reply → the Teams messages that carry it: the card (or the log form), split over several messages
// when it is long (render-card.ts keeps each within Teams' size), and report files as download
// buttons (or, with no link available, attached inline to the last message).
import type { Reply } from '../../../domain/reply.ts';
import type { FormValues } from '../forms/form-fields.ts';
import { renderLogForm } from '../forms/render-log-form.ts';
import { CARD_CONTENT_TYPE } from './card-types.ts';
import { renderCards } from './render-card.ts';

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

/** One message, or several in order for a long reply. */
export function renderActivities(reply: Reply, options: RenderOptions = {}): OutgoingMessage[] {
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
  const cards = wantsForm
    ? [renderLogForm(reply.ok ? reply.text : '', options.formValues, reply.error)]
    : renderCards(reply, links);
  const summary = reply.text.split('\n')[0]!.slice(0, 200);
  return cards.map((card, i) => ({
    type: 'message',
    summary: i === 0 ? summary : `${summary.slice(0, 150)} (del ${i + 1} av ${cards.length})`,
    attachments: [
      { contentType: CARD_CONTENT_TYPE, content: card },
      ...(i === cards.length - 1 ? inline : []),
    ],
  }));
}

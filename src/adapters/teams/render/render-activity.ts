// Reply → the Teams message that carries it: the card (or the log form), and report files attached.
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

export function renderActivity(reply: Reply, form?: { values: FormValues }): OutgoingMessage {
  const wantsForm = reply.actions?.some((a) => a.kind === 'open-form') || (form && !reply.ok);
  const card = wantsForm
    ? renderLogForm(reply.ok ? reply.text : '', form?.values, reply.error)
    : renderCard(reply);
  const files = (reply.files ?? []).map((file) => ({
    contentType: file.mediaType,
    // Inline, so the report needs no public file host; Teams offers it for download by name.
    contentUrl: `data:${file.mediaType};base64,${Buffer.from(file.data).toString('base64')}`,
    name: file.name,
  }));
  return {
    type: 'message',
    summary: reply.text.split('\n')[0]!.slice(0, 200),
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }, ...files],
  };
}

// Reply → the Teams messages that carry it: the card (or the log form), split over several messages
// when it is long (render-card.ts keeps each within Teams' size); report files as a button that sends
// them to the presser's personal chat.
import type { Reply } from '../../../domain/reply.ts';
import { SEND_FILES_ACTION } from '../files/file-consent.ts';
import type { EditFormTarget, FormValues } from '../forms/form-fields.ts';
import { renderLogForm } from '../forms/render-log-form.ts';
import { CARD_CONTENT_TYPE } from './card-types.ts';
import { renderCards } from './render-card.ts';

export interface OutgoingMessage {
  type: 'message';
  /** Shown in notifications and by clients that cannot draw the card. */
  summary: string;
  attachments: { contentType: string; content?: unknown; contentUrl?: string; name?: string }[];
}

export interface RenderOptions {
  /** Values of a submitted log form, to fill the form in again after an error. */
  formValues?: FormValues | undefined;
  /** Show the Ändra form for this entry (on opening, and again after a failed save). */
  editForm?: EditFormTarget | undefined;
  /**
   * The command line that made the reply's report files: its card gets a button that sends them to
   * the presser's personal chat (file consent). Without one (a proactive post) the card says how to
   * get them.
   */
  filesCommand?: string | undefined;
}

/** One message, or several in order for a long reply. Files are never attached: see files/file-consent.ts. */
export function renderActivities(reply: Reply, options: RenderOptions = {}): OutgoingMessage[] {
  const wantsForm = reply.actions?.some((a) => a.kind === 'open-form') || (options.formValues && !reply.ok);
  const names = (reply.files ?? []).map((f) => f.name).join(', ');
  const extra = !names
    ? {}
    : options.filesCommand
      ? {
          lines: [`Dokument: ${names}. Knappen nedan skickar dem till din chatt med Löftesbot.`],
          actions: [
            {
              type: 'Action.Submit',
              title: 'Skicka dokumenten till mig',
              data: { action: SEND_FILES_ACTION, command: options.filesCommand },
            },
          ],
        }
      : { lines: [`Dokument: ${names}. Skriv rapport till Löftesbot så skickas de till din chatt.`] };
  const cards = options.editForm
    ? [renderLogForm('', options.formValues, reply.ok ? undefined : reply.error, options.editForm)]
    : wantsForm
      ? [renderLogForm(reply.ok ? reply.text : '', options.formValues, reply.error)]
      : renderCards(reply, extra);
  const summary = reply.text.split('\n')[0]!.slice(0, 200);
  return cards.map((card, i) => ({
    type: 'message',
    summary: i === 0 ? summary : `${summary.slice(0, 150)} (del ${i + 1} av ${cards.length})`,
    attachments: [{ contentType: CARD_CONTENT_TYPE, content: card }],
  }));
}

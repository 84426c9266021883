import type { Reply } from '../../../domain/reply.ts';
import type { EditFormTarget, FormValues } from '../forms/form-fields.ts';

/** What a handler answers: the app's Reply, and the submitted form when there was one. */
export interface Answer {
  reply: Reply;
  formValues?: FormValues;
  /** Answer with the Ändra form for this entry (filled in from `formValues`). */
  editForm?: EditFormTarget;
  /** The command whose documents a report card's button may send to the requester's personal chat. */
  filesCommand?: string;
  /** Documents to offer in the requester's personal chat (file consent cards). */
  offer?: { command: string; files: NonNullable<Reply['files']> };
}

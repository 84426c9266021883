// The submitted form as the line an officer would have typed, so one grammar validates both.
import { MODAL_VALUE, modalBlocks } from './log-modal-blocks.ts';

interface InputValue {
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}
export type ModalState = Record<string, Record<string, InputValue>>;

/**
 * With `edit` (the Ändra form), a place, partner or note field the form shows and the user emptied
 * becomes `utan plats`/`utan part`/`utan anteckning`: an emptied field is removed, not kept unsaid.
 */
export function modalToCommandLine(state: ModalState, options: { edit?: boolean } = {}): string {
  const get = (block: string) => state[block]?.[MODAL_VALUE];
  const shown = (block: string) => options.edit === true && get(block) !== undefined;
  const parts: string[] = [];
  const word = get(modalBlocks.promise)?.selected_option?.value;
  if (word) parts.push(word);
  const place = get(modalBlocks.placeText)?.value?.trim() || get(modalBlocks.place)?.selected_option?.value;
  if (place) parts.push(place);
  else if (shown(modalBlocks.placeText) || shown(modalBlocks.place)) parts.push('utan plats');
  const date = get(modalBlocks.date)?.selected_date;
  if (date) parts.push(date);
  const count = get(modalBlocks.count)?.value?.trim();
  if (count) parts.push(`${count} st`);
  const partners = (get(modalBlocks.partners)?.selected_options ?? []).map((o) => o.value);
  if (partners.length) parts.push(`med ${partners.join(', ')}`);
  else if (shown(modalBlocks.partners)) parts.push('utan part');
  // The note is quoted on the line; quote marks inside it would end it early.
  const note = get(modalBlocks.note)
    ?.value?.trim()
    .replace(/["“”„«»]/g, "'");
  if (note) parts.push(`"${note}"`);
  else if (shown(modalBlocks.note)) parts.push('utan anteckning');
  return parts.join(' ');
}

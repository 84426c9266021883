// The submitted form as the line an officer would have typed, so one grammar validates both.
import { MODAL_VALUE, modalBlocks } from './log-modal-blocks.ts';

interface InputValue {
  value?: string | null;
  selected_date?: string | null;
  selected_option?: { value: string } | null;
  selected_options?: { value: string }[];
}
export type ModalState = Record<string, Record<string, InputValue>>;

export function modalToCommandLine(state: ModalState): string {
  const get = (block: string) => state[block]?.[MODAL_VALUE];
  const parts: string[] = [];
  const word = get(modalBlocks.promise)?.selected_option?.value;
  if (word) parts.push(word);
  const place = get(modalBlocks.placeText)?.value?.trim() || get(modalBlocks.place)?.selected_option?.value;
  if (place) parts.push(place);
  const date = get(modalBlocks.date)?.selected_date;
  if (date) parts.push(date);
  const count = get(modalBlocks.count)?.value?.trim();
  if (count) parts.push(`${count} st`);
  const partners = (get(modalBlocks.partners)?.selected_options ?? []).map((o) => o.value);
  if (partners.length) parts.push(`med ${partners.join(', ')}`);
  // The note is quoted on the line; quote marks inside it would end it early.
  const note = get(modalBlocks.note)
    ?.value?.trim()
    .replace(/["“”„«»]/g, "'");
  if (note) parts.push(`"${note}"`);
  return parts.join(' ');
}

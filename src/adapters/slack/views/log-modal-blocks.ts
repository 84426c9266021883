// Block ids of the log modal, shared by the builder, the submission parser and the error mapping.
import type { DomainError } from '../../../domain/types.ts';

export const modalBlocks = {
  promise: 'promise',
  place: 'place',
  placeText: 'place_text',
  date: 'date',
  count: 'count',
  partners: 'partners',
  note: 'note',
} as const;

/** Every input's element uses this action id; the block id tells them apart. */
export const MODAL_VALUE = 'value';

/** Which input a domain error belongs on; errors without a field go on the activity. */
export function blockForError(error: DomainError, hasPlaceSelect: boolean): string {
  switch (error.field) {
    case 'place':
      return hasPlaceSelect ? modalBlocks.place : modalBlocks.placeText;
    case 'date':
      return modalBlocks.date;
    case 'count':
      return modalBlocks.count;
    case 'partners':
      return modalBlocks.partners;
    case 'note':
      return modalBlocks.note;
    default:
      return modalBlocks.promise;
  }
}

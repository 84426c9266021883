// The `/logga` form: the channel's promises, place (list or free text), date, count, partners and a
// note. Its submission becomes one ordinary command line, so it meets the same grammar and checks.

import type { PromiseSetDef } from '../../../domain/promise-set/schema.ts';
import { logModalCallbackId } from '../render/action-ids.ts';
import type { KnownBlock, ModalView, PlainTextOption } from '../slack-types.ts';
import { MODAL_VALUE, modalBlocks } from './log-modal-blocks.ts';

export interface LogModalMeta {
  teamId: string;
  channelId: string;
}

const MAX_OPTIONS = 100;
const option = (text: string, value: string): PlainTextOption => ({
  text: { type: 'plain_text', text: text.length > 75 ? `${text.slice(0, 74)}…` : text },
  value,
});

export function buildLogModal(set: PromiseSetDef, today: string, meta: LogModalMeta): ModalView {
  const promises = set.promises.filter((p) => p.words.length > 0).slice(0, MAX_OPTIONS);
  const blocks: KnownBlock[] = [
    {
      type: 'input',
      block_id: modalBlocks.promise,
      label: { type: 'plain_text', text: 'Aktivitet (löfte)' },
      element: {
        type: 'static_select',
        action_id: MODAL_VALUE,
        placeholder: { type: 'plain_text', text: 'Välj löfte' },
        options: promises.map((p) => option(`${p.title} (${p.words[0]})`, p.words[0]!)),
      },
    },
  ];
  if (set.places.length) {
    blocks.push({
      type: 'input',
      block_id: modalBlocks.place,
      optional: true,
      label: { type: 'plain_text', text: 'Plats' },
      element: {
        type: 'static_select',
        action_id: MODAL_VALUE,
        placeholder: { type: 'plain_text', text: 'Välj plats' },
        options: set.places.slice(0, MAX_OPTIONS).map((p) => option(p.name, p.name)),
      },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: modalBlocks.placeText,
      optional: true,
      label: { type: 'plain_text', text: set.places.length ? 'Annan plats' : 'Plats' },
      element: { type: 'plain_text_input', action_id: MODAL_VALUE, max_length: 80 },
    },
    {
      type: 'input',
      block_id: modalBlocks.date,
      label: { type: 'plain_text', text: 'Datum' },
      element: { type: 'datepicker', action_id: MODAL_VALUE, initial_date: today },
    },
    {
      type: 'input',
      block_id: modalBlocks.count,
      optional: true,
      label: { type: 'plain_text', text: 'Antal' },
      element: {
        type: 'number_input',
        action_id: MODAL_VALUE,
        is_decimal_allowed: false,
        min_value: '1',
        initial_value: '1',
      },
    },
  );
  if (set.partners.length) {
    blocks.push({
      type: 'input',
      block_id: modalBlocks.partners,
      optional: true,
      label: { type: 'plain_text', text: 'Samverkansparter' },
      element: {
        type: 'multi_static_select',
        action_id: MODAL_VALUE,
        placeholder: { type: 'plain_text', text: 'Välj parter' },
        options: set.partners.slice(0, MAX_OPTIONS).map((p) => option(p.name, p.name)),
      },
    });
  }
  blocks.push({
    type: 'input',
    block_id: modalBlocks.note,
    optional: true,
    label: { type: 'plain_text', text: 'Anteckning' },
    hint: {
      type: 'plain_text',
      text: 'Inga personuppgifter: inga namn, personnummer, telefonnummer eller regnummer.',
    },
    element: { type: 'plain_text_input', action_id: MODAL_VALUE, multiline: true, max_length: 500 },
  });
  return {
    type: 'modal',
    callback_id: logModalCallbackId,
    title: { type: 'plain_text', text: 'Logga aktivitet' },
    submit: { type: 'plain_text', text: 'Logga' },
    close: { type: 'plain_text', text: 'Avbryt' },
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}

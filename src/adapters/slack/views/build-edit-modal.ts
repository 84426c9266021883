// The Ändra form: the /logga form filled in with one entry, without the activity (it stays; to change
// it, undo and log again). Its submission becomes the parts of `logga ändra` (see modalToCommandLine).

import type { PromiseSetDef } from '../../../domain/promise-set/schema.ts';
import { placeAsWritten } from '../../../domain/render/describe-entry.ts';
import type { Activity } from '../../../domain/types.ts';
import { editModalCallbackId } from '../render/action-ids.ts';
import { escapeMrkdwn } from '../render/render-blocks.ts';
import type { KnownBlock, ModalView } from '../slack-types.ts';
import { buildLogModal } from './build-log-modal.ts';
import { modalBlocks } from './log-modal-blocks.ts';

export interface EditModalMeta {
  teamId: string;
  /** Where the button was pressed; empty from App Home (the answer then goes to the user directly). */
  channelId: string;
  activityId: string;
}

type Input = Extract<KnownBlock, { type: 'input' }>;
const nameOf = (list: readonly { id: string; name: string }[], id: string) =>
  list.find((x) => x.id === id)?.name ?? id;

/** `described`: the entry as the reply words it at now (findEditable). */
export function buildEditModal(
  set: PromiseSetDef,
  entry: Activity,
  described: string,
  meta: EditModalMeta,
): ModalView {
  const form = buildLogModal(set, entry.date, { teamId: meta.teamId, channelId: meta.channelId });
  const listed = set.places.find((p) => p.id === entry.place);
  const inputs = (form.blocks as KnownBlock[]).flatMap((block): KnownBlock[] => {
    if (block.type !== 'input' || block.block_id === modalBlocks.promise) return [];
    const input = structuredClone(block) as Input;
    const element = input.element as unknown as Record<string, unknown>;
    switch (input.block_id) {
      case modalBlocks.place:
        if (listed)
          element.initial_option = { text: { type: 'plain_text', text: listed.name }, value: listed.name };
        break;
      case modalBlocks.placeText:
        // A member of a set or free text, as the user writes it (never a member's id).
        if (entry.place && !listed) element.initial_value = placeAsWritten(set, entry.place);
        break;
      case modalBlocks.count:
        element.initial_value = String(entry.count);
        break;
      case modalBlocks.partners:
        if (entry.partners.length > 0) {
          element.initial_options = entry.partners.map((id) => {
            const name = nameOf(set.partners, id);
            return { text: { type: 'plain_text', text: name }, value: name };
          });
        }
        break;
      case modalBlocks.note:
        if (entry.note) element.initial_value = entry.note;
        break;
    }
    return [input];
  });
  const shown: KnownBlock = {
    type: 'section',
    text: {
      type: 'mrkdwn',
      text: escapeMrkdwn(
        `Ändra: ${described}\nAktiviteten ändras inte här: ångra och logga på nytt för det.`,
      ),
    },
  };
  return {
    ...form,
    callback_id: editModalCallbackId,
    title: { type: 'plain_text', text: 'Ändra post' },
    submit: { type: 'plain_text', text: 'Spara' },
    private_metadata: JSON.stringify(meta),
    blocks: [shown, ...inputs],
  };
}

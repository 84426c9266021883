// The Ändra form fills in an entry's place as the user writes it: a listed place is preselected, a
// member of a set (a class, a village) or a free-text place is written by its name in the free-text box,
// never as the id stored; sending the form unchanged leaves the place as it was.
import { describe, expect, it } from 'vitest';
import { buildEditModal } from '../../../../src/adapters/slack/views/build-edit-modal.ts';
import { MODAL_VALUE } from '../../../../src/adapters/slack/views/log-modal-blocks.ts';
import {
  type ModalState,
  modalToCommandLine,
} from '../../../../src/adapters/slack/views/modal-to-command-line.ts';
import { parseEdit } from '../../../../src/domain/grammar/parse-edit.ts';
import { tokenizeLine } from '../../../../src/domain/grammar/tokenize-line.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';
import { classesAndVillagesText } from '../../../helpers/classes-and-villages.ts';
import { loadSetText } from '../../../helpers/promise-set-fixture.ts';

const set = loadSetText(classesAndVillagesText);

const meta = { teamId: 'T1', channelId: 'C1', activityId: 'a1' };

/** The form as Slack sends it back when the user presses Spara without touching anything. */
function unchanged(entry: Activity): {
  state: ModalState;
  element: (block: string) => Record<string, unknown>;
} {
  const view = buildEditModal(set, entry, 'posten', meta);
  const inputs = (
    view.blocks as { type: string; block_id?: string; element?: Record<string, unknown> }[]
  ).filter((b) => b.type === 'input');
  const state: ModalState = {};
  for (const b of inputs) {
    const e = b.element ?? {};
    state[b.block_id!] = {
      [MODAL_VALUE]: {
        value: (e.initial_value as string | undefined) ?? null,
        selected_date: (e.initial_date as string | undefined) ?? null,
        selected_option: (e.initial_option as { value: string } | undefined) ?? null,
        selected_options: (e.initial_options as { value: string }[] | undefined) ?? [],
      },
    };
  }
  const element = (block: string) => inputs.find((b) => b.block_id === block)?.element ?? {};
  return { state, element };
}

/** The place the entry has after `logga ändra` with the unchanged form's line. */
function placeAfterUnchanged(entry: Activity): string | null {
  const line = tokenizeLine(modalToCommandLine(unchanged(entry).state, { edit: true }));
  if (!line.ok) throw new Error(line.error.message);
  const edit = parseEdit(entry, line.value.tokens, line.value.note, { set, today: '2018-10-01' });
  if (!edit.ok) throw new Error(edit.error.message);
  return edit.value.place;
}

describe('the Ändra form (Slack) and the entry’s place', () => {
  it('writes a class of a set by its name, without its id, and keeps the class when sent unchanged', () => {
    const entry = buildActivity('lag-och-ratt', '2018-09-12', { place: '8a-1819', setKey: set.key });
    const { element } = unchanged(entry);
    expect(element('place_text').initial_value).toBe('8A Skola 1');
    expect(element('place').initial_option).toBeUndefined();
    // September 2018 lies in läsåret 2018/19, so "8A Skola 1" is that year's class again.
    expect(placeAfterUnchanged(entry)).toBe('8a-1819');
  });

  it('writes a village by its name and a free-text place as it was stored', () => {
    const village = buildActivity('omraden', '2018-09-12', { place: 'norr', setKey: set.key });
    expect(unchanged(village).element('place_text').initial_value).toBe('Norr');
    expect(placeAfterUnchanged(village)).toBe('norr');
    const free = buildActivity('omraden', '2018-09-12', { place: 'Kiosken', setKey: set.key });
    expect(unchanged(free).element('place_text').initial_value).toBe('Kiosken');
    expect(placeAfterUnchanged(free)).toBe('Kiosken');
  });

  it('preselects a listed place and leaves the free-text box empty', () => {
    const entry = buildActivity('lag-och-ratt', '2018-09-12', { place: 'skola-1', setKey: set.key });
    const { element } = unchanged(entry);
    expect(element('place').initial_option).toMatchObject({ value: 'Skola 1' });
    expect(element('place_text').initial_value).toBeUndefined();
    expect(placeAfterUnchanged(entry)).toBe('skola-1');
  });
});

import { describe, expect, it } from 'vitest';
import { modalToCommandLine } from '../../../../src/adapters/slack/views/modal-to-command-line.ts';

describe('modalToCommandLine', () => {
  it('writes the form as the line an officer would type', () => {
    const line = modalToCommandLine({
      promise: { value: { selected_option: { value: 'riskkväll' } } },
      place: { value: { selected_option: { value: 'Centrum' } } },
      date: { value: { selected_date: '2018-03-16' } },
      count: { value: { value: '2' } },
      partners: { value: { selected_options: [{ value: 'Socialtjänsten' }, { value: 'Nattvandrare' }] } },
      note: { value: { value: 'Lugn kväll, "fest" vid älven' } },
    });
    expect(line).toBe(
      `riskkväll Centrum 2018-03-16 2 st med Socialtjänsten, Nattvandrare "Lugn kväll, 'fest' vid älven"`,
    );
  });

  it('prefers the free-text place and leaves out empty fields', () => {
    const line = modalToCommandLine({
      promise: { value: { selected_option: { value: 'närvaro' } } },
      place: { value: { selected_option: { value: 'Centrum' } } },
      place_text: { value: { value: ' Byskolan ' } },
      date: { value: { selected_date: '2018-03-16' } },
      count: { value: { value: null } },
      partners: { value: { selected_options: [] } },
      note: { value: { value: '' } },
    });
    expect(line).toBe('närvaro Byskolan 2018-03-16');
  });

  it('in the Ändra form, writes an emptied place, partner or note as "utan …", so it is removed', () => {
    const state = {
      place: { value: { selected_option: null } },
      place_text: { value: { value: null } },
      date: { value: { selected_date: '2018-03-16' } },
      count: { value: { value: '1' } },
      partners: { value: { selected_options: [] } },
      note: { value: { value: '' } },
    };
    expect(modalToCommandLine(state, { edit: true })).toBe(
      'utan plats 2018-03-16 1 st utan part utan anteckning',
    );
    // The log form never removes anything; a field the form does not show is left as it is.
    expect(modalToCommandLine(state)).toBe('2018-03-16 1 st');
    const { partners: _partners, ...noPartnerField } = state;
    expect(modalToCommandLine(noPartnerField, { edit: true })).toBe(
      'utan plats 2018-03-16 1 st utan anteckning',
    );
  });
});

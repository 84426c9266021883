import { describe, expect, it } from 'vitest';
import { formToCommand, readFormValues } from '../../../../src/adapters/teams/forms/form-to-command.ts';

describe('form submit → command line', () => {
  it('writes every filled field in the grammar’s order', () => {
    const values = readFormValues({
      action: 'log-form',
      promise: 'medborgarkontakt',
      place: ' Centrum ',
      date: '2018-03-14',
      count: 3,
      partners: 'kommunen, skolan',
      note: 'Lugnt i "centrum"',
    });
    expect(formToCommand(values)).toBe(
      `logga medborgarkontakt Centrum 2018-03-14 3 st med kommunen, skolan "Lugnt i 'centrum'"`,
    );
  });

  it('leaves out empty fields and ignores unknown ones', () => {
    expect(
      formToCommand(
        readFormValues({ promise: 'trafikinsats', place: '', extra: 'x', partners: 'med polisen' }),
      ),
    ).toBe('logga trafikinsats med polisen');
  });
});

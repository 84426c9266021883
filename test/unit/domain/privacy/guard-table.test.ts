import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../../src/domain/privacy/find-personal-data.ts';
import { pass, refuse } from './guard-variants.ts';

// Table-driven: every row of guard-variants.ts through the one guard. docs/security.md quotes the
// figures the last test asserts (rows tried, refused, let through, false alarms).
describe('the personal-data guard, variant by variant', () => {
  it.each(refuse)('refuses %s (%s)', (text, kind) => {
    expect(findPersonalData(text)?.kind).toBe(kind);
  });

  it.each(pass)('lets %s through', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });

  it('has at least 150 variants each way, every one decided right', () => {
    const missed = refuse.filter(([text]) => findPersonalData(text) === null);
    const falseAlarms = pass.filter((text) => findPersonalData(text) !== null);
    expect({
      tried: refuse.length + pass.length,
      refused: refuse.length - missed.length,
      letThrough: pass.length - falseAlarms.length,
      missed: missed.length,
      falseAlarms: falseAlarms.length,
    }).toEqual({ tried: 359, refused: 160, letThrough: 199, missed: 0, falseAlarms: 0 });
    expect(refuse.length).toBeGreaterThanOrEqual(150);
    expect(pass.length).toBeGreaterThanOrEqual(150);
  });
});

import { describe, expect, it } from 'vitest';
import { mentionName } from '../../../../src/domain/grammar/mention-name.ts';

describe('mentionName', () => {
  it.each([
    ['<at>Anna Svensson</at>', 'Anna Svensson'],
    ['<@U2|anna>', 'anna'],
    ['<@U2>', null],
    ['@bo', 'bo'],
    ['<at> </at>', null],
  ])('%s → %s', (raw, name) => {
    expect(mentionName(raw)).toBe(name);
  });
});

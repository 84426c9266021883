// `/loften schema` as working groups type it: day names in any case and form (`Onsdag`, `ons`,
// `onsdagar`, `må`), times as `09:30`, `9.30`, `kl 9`, `kl.9`, `0930`, either order, plus `av`/`på`.
// Every bad line is an error that names the part; nothing of it is a schedule.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';

const parse = (line: string) => parseCommand(line, { set: null, today: '2026-12-02' });
const set = (weekday: number | null, time: string | null) => ({
  ok: true,
  value: { kind: 'schedule', action: 'set', weekday, time },
});

describe('/loften schema', () => {
  it.each([
    ['/loften schema onsdag 09:30', 3, '09:30'],
    ['/loften schema Onsdag 9:30', 3, '09:30'],
    ['/loften schema ONSDAG 9.30', 3, '09:30'],
    ['/loften schema ons 9.30', 3, '09:30'],
    ['/loften schema ons kl 9', 3, '09:00'],
    ['/loften schema onsdagar kl. 9.30', 3, '09:30'],
    ['/loften schema på onsdagar kl 09.30', 3, '09:30'],
    ['/loften schema varje onsdag klockan 9', 3, '09:00'],
    ['/loften schema kl 9 onsdag', 3, '09:00'],
    ['/loften schema 09:30 onsdag', 3, '09:30'],
    ['/loften schema onsdag kl9', 3, '09:00'],
    ['/loften schema onsdag, 9:30.', 3, '09:30'],
    ['/loften schema on 0930', 3, '09:30'],
    ['/loften schema måndag 08:00', 1, '08:00'],
    ['/loften schema mån 7', 1, '07:00'],
    ['/loften schema man 7.15', 1, '07:15'],
    ['/loften schema må 7:45', 1, '07:45'],
    ['/loften schema tisdag 10', 2, '10:00'],
    ['/loften schema tis 13:00', 2, '13:00'],
    ['/loften schema torsdag 14.30', 4, '14:30'],
    ['/loften schema tors 8', 4, '08:00'],
    ['/loften schema tor kl 08', 4, '08:00'],
    ['/loften schema fredag 06:00', 5, '06:00'],
    ['/loften schema fre 22:00', 5, '22:00'],
    ['/loften schema Fredagar kl 15', 5, '15:00'],
    ['/loften schema wednesday 9:30', 3, '09:30'],
  ])('%s', (line, weekday, time) => {
    expect(parse(line)).toEqual(set(weekday, time));
  });

  it('takes a day alone or a time alone (the other part stays as it is)', () => {
    expect(parse('/loften schema torsdag')).toEqual(set(4, null));
    expect(parse('/loften schema kl 10')).toEqual(set(null, '10:00'));
    expect(parse('/loften schema 7.30')).toEqual(set(null, '07:30'));
  });

  it('shows the schedule without words, and turns it off and on', () => {
    expect(parse('/loften schema')).toEqual({ ok: true, value: { kind: 'schedule', action: 'show' } });
    for (const line of [
      '/loften schema av',
      '/loften schema AV',
      '/loften schema stäng av',
      '/loften schema off',
    ])
      expect(parse(line)).toEqual({ ok: true, value: { kind: 'schedule', action: 'off' } });
    for (const line of [
      '/loften schema på',
      '/loften schema pa',
      '/loften schema PÅ igen',
      '/loften schema slå på',
    ])
      expect(parse(line)).toEqual({ ok: true, value: { kind: 'schedule', action: 'on' } });
  });

  it.each([
    ['/loften schema lördag 10:00', 'lördag', 'måndag–fredag'],
    ['/loften schema sön 9', 'sön', 'måndag–fredag'],
    ['/loften schema onsdag 25:00', 'onsdag', 'Förstod inte klockslaget "25:00"'],
    ['/loften schema onsdag 9:75', 'onsdag', 'Förstod inte klockslaget "9:75"'],
    ['/loften schema onsdag 03:00', 'onsdag', 'mellan kl 06:00 och 22:00, inte 03:00'],
    ['/loften schema onsdag 23.30', 'onsdag', 'inte 23:30'],
    ['/loften schema onsdag fredag', 'fredag', 'en dag i veckan'],
    ['/loften schema onsdag 9 10', 'onsdag', 'en tid, inte två'],
    ['/loften schema onsdg 9:30', 'onsdg', 'Menade du "onsdag"?'],
    ['/loften schema imorgon', 'imorgon', 'Förstod inte "imorgon"'],
    ['/loften schema onsdag "efter mötet"', 'onsdag', 'Förstod inte'],
    ['/loften schema @anna', '@anna', 'Förstod inte "@anna"'],
  ])('%s is refused', (line, _part, message) => {
    const parsed = parse(line);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.message).toContain(message);
    expect(parsed.error.message).toContain('Inget har sparats');
  });

  it('shows the form in the error', () => {
    const parsed = parse('/loften schema snart');
    expect(parsed.ok ? '' : parsed.error.message).toContain('/loften schema <veckodag> <HH:MM>');
  });
});

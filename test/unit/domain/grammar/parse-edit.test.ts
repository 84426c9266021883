import { describe, expect, it } from 'vitest';
import type { Command } from '../../../../src/domain/grammar/command.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { parseEdit } from '../../../../src/domain/grammar/parse-edit.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();
const today = '2018-03-21';

function edit(line: string): Extract<Command, { kind: 'edit' }> {
  const parsed = parseCommand(line, { set, today });
  if (!parsed.ok || parsed.value.kind !== 'edit') throw new Error(`expected an edit for ${line}`);
  return parsed.value;
}

const base = {
  promiseIds: ['medborgarkontakt'],
  date: '2018-03-19',
  time: null,
  place: 'centrum',
  count: 2,
  partners: [],
  targetGroups: [],
  methods: [],
  note: 'lugnt',
  figures: {},
  planned: false,
};

function applied(line: string) {
  const command = edit(line);
  const result = parseEdit(base, command.parts, command.note, { set, today });
  if (!result.ok) throw new Error(result.error.message);
  return { index: command.index, entry: result.value };
}

describe('logga mina / logga ändra', () => {
  it.each(['logga mina', '/logga mina', 'logga MINA'])('%s lists', (line) => {
    expect(parseCommand(line, { set, today })).toEqual({ ok: true, value: { kind: 'mine' } });
  });

  it('a bare number right after ändra names the entry; without one it is the latest', () => {
    expect(edit('logga ändra 3 Skolan').index).toBe(3);
    expect(edit('logga andra Skolan').index).toBeNull();
  });

  it('replaces only the parts given and keeps the rest of the entry', () => {
    expect(applied('logga ändra Skolan').entry).toMatchObject({
      place: 'skolan',
      date: '2018-03-19',
      count: 2,
      note: 'lugnt',
    });
    expect(applied('logga ändra 2 igår 5 st').entry).toMatchObject({
      place: 'centrum',
      date: '2018-03-20',
      count: 5,
      note: 'lugnt',
    });
    expect(applied('logga ändra tre gånger med soc "nytt"').entry).toMatchObject({
      count: 3,
      partners: ['socialtjansten'],
      note: 'nytt',
      place: 'centrum',
    });
  });

  it('refuses an entry number outside the list and a line with nothing to change', () => {
    const tooFar = parseCommand('logga ändra 12 Skolan', { set, today });
    expect(tooFar.ok || tooFar.error.message).toMatch(/ingen post nummer 12/);
    const empty = parseCommand('logga ändra 2', { set, today });
    expect(empty.ok || empty.error.code).toBe('empty');
  });

  it('refuses an unknown place the way logga does', () => {
    const command = edit('logga ändra Skolna');
    const result = parseEdit(base, command.parts, command.note, { set, today });
    expect(result.ok || result.error.message).toMatch(
      /^Förstod inte "Skolna": det är ingen plats i listan\. Menade du "skola(n)?"/i,
    );
  });

  it('empties a field with "utan <fält>" or "ingen <fält>", keeping the rest', () => {
    const withPartner = { ...base, partners: ['socialtjansten'], time: '21:00' };
    const read = (line: string) => {
      const command = edit(line);
      return parseEdit(withPartner, command.parts, command.note, { set, today });
    };
    expect(read('logga ändra 2 utan part')).toMatchObject({
      ok: true,
      value: {
        partners: [],
        place: 'centrum',
        note: 'lugnt',
        time: '21:00',
        cleared: ['partners'],
        anyway: false,
      },
    });
    expect(read('logga ändra ingen plats ändå')).toMatchObject({
      ok: true,
      value: { place: null, partners: ['socialtjansten'], cleared: ['place'], anyway: true },
    });
    expect(read('logga ändra utan tid utan anteckning 3 st')).toMatchObject({
      ok: true,
      value: { time: null, note: null, count: 3, cleared: ['time', 'note'] },
    });
  });

  it('asks what to remove after a bare "utan", and refuses removing and giving the same field', () => {
    const command = edit('logga ändra 2 utan');
    const bare = parseEdit(base, command.parts, command.note, { set, today });
    expect(bare.ok || bare.error.message).toMatch(
      /^"utan" vad\? Skriv vad som ska tas bort: utan plats, utan part/,
    );
    const both = edit('logga ändra utan plats Skolan');
    const result = parseEdit(base, both.parts, both.note, { set, today });
    expect(result.ok || result.error.message).toMatch(/^Både "utan plats" och en ny plats på samma rad/);
  });
});

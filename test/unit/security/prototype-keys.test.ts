// Words that name Object.prototype's members, typed where a place, promise, role or period goes:
// each is an ordinary mistake with a Swedish answer, never an internal error, and nothing is stored.
import { describe, expect, it } from 'vitest';
import { createHarness, ENV_ADMIN, SET_KEY } from '../app/app-harness.ts';

const words = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const lines = [
  '/logga närvaro X',
  '/logga X',
  '/planera närvaro X',
  '/logga närvaro Centrum X st',
  '/rapport X',
  '/loften roll <@U9> X',
  '/loften bedöm X släpar "orsak"',
  '/loften koppla X',
  '/status X',
];

describe('lookups cannot reach prototype keys', () => {
  it.each(words)('answers %s in every position as a user mistake and stores nothing', async (word) => {
    const h = await createHarness();
    const errors: unknown[] = [];
    h.deps.log = { info() {}, warn() {}, error: (obj) => errors.push(obj) };
    for (const line of lines) {
      const reply = await h.run(ENV_ADMIN, line.replace('X', word));
      expect(reply.ok, line).toBe(false);
      expect(reply.text, line).not.toMatch(/databasen|kommer inte åt/);
    }
    expect(errors).toEqual([]);
    expect(await h.deps.store.findActivities(SET_KEY)).toEqual([]);
  });
});

// A newcomer starts the console with the shipped 2018 set years later and logs a line without a date.
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runConsole } from '../../../src/adapters/console/run-console.ts';
import type { AppDeps } from '../../../src/app/deps.ts';
import { handleCommand } from '../../../src/app/handle-command.ts';
import { createCoreHarness } from '../../helpers/core-deps.ts';

describe('a line logged when today lies outside the period', () => {
  it('says in words that today is after the period, that nothing was stored, and what to do', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const reply = await handleCommand(deps, ctx, 'logga medborgarkontakt Centrum');
    expect(reply.ok).toBe(false);
    expect(reply.text).toBe(
      'I dag (2 december 2026) ligger efter perioden 1 januari–31 december 2018, så inget sparades. ' +
        'Logga en dag i perioden (t.ex. /logga medborgarkontakt Centrum 31/12/2018), ' +
        'eller be en administratör importera årets löftesfil.',
    );
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
  });

  it('suggests a line the grammar takes: the suggested line is stored as written', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const refused = await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    const suggested = /t\.ex\. (\/logga [^)]+)\)/.exec(refused.text)?.[1];
    expect(suggested).toBe('/logga medborgarkontakt Centrum 31/12/2018');
    const reply = await handleCommand(deps, ctx, suggested!);
    expect(reply.ok).toBe(true);
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 31 december 2018/);
    // The same form with another day, as a newcomer would change it, is taken too.
    const march = await handleCommand(deps, ctx, 'logga medborgarkontakt Centrum 19/3/2018');
    expect(march.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 19 mars 2018/);
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(2);
  });

  it("reads a year typed after the date with a space as that date's year", async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const reply = await handleCommand(deps, ctx, 'logga medborgarkontakt Centrum 19/3 2018');
    expect(reply.ok).toBe(true);
    expect(reply.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 19 mars 2018/);
    const words = await handleCommand(deps, ctx, 'logga medborgarkontakt 19 mars 2018 Centrum');
    expect(words.text).toMatch(/^Loggat: medborgarkontakt · Centrum · mån 19 mars 2018/);
    const stored = await deps.store.findActivities('overkalix-2018');
    expect(stored.map((a) => a.date)).toEqual(['2018-03-19', '2018-03-19']);
  });

  it('does not take a number that cannot be a year as the year: nothing is stored', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const reply = await handleCommand(deps, ctx, 'logga medborgarkontakt Centrum 19/3 5000');
    expect(reply.ok).toBe(false);
    // "19/3" alone is this year's 19 March (2026), outside the 2018 period.
    expect(reply.text).toBe(
      'Datumet "19/3" (19 mars 2026) ligger utanför perioden 1 januari–31 december 2018, så inget sparades.',
    );
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
  });

  it('suggests a day the promise is kept on: a weekend promise gets the last weekend day', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const refused = await handleCommand(deps, ctx, '/logga helgbemanning');
    // 31 December 2018 is a Monday: the last weekend day of 2018 is Sunday 30 December.
    expect(refused.text).toContain('(t.ex. /logga helgbemanning 30/12/2018)');
    const suggested = /t\.ex\. (\/logga [^)]+)\)/.exec(refused.text)?.[1];
    expect((await handleCommand(deps, ctx, suggested!)).ok).toBe(true);
  });

  it('says so when today is before the period starts', async () => {
    const { deps, ctx } = await createCoreHarness('2017-11-20T10:00:00');
    const reply = await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum');
    expect(reply.text).toBe(
      'I dag (20 november 2017) ligger före perioden 1 januari–31 december 2018, så inget sparades. ' +
        'Logga när perioden har börjat, eller be en administratör importera rätt löftesfil.',
    );
  });

  it('words an explicitly typed date outside the period, with its year', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const reply = await handleCommand(deps, ctx, '/logga medborgarkontakt Centrum 2017-12-31');
    expect(reply.text).toBe(
      'Datumet 31 december 2017 ligger utanför perioden 1 januari–31 december 2018, så inget sparades.',
    );
    expect(await deps.store.findActivities('overkalix-2018')).toHaveLength(0);
  });
});

describe('the console, started on a day after the period', () => {
  const consoleReply = async (deps: AppDeps, lines: string): Promise<string> => {
    let out = '';
    const output = new Writable({
      write(chunk, _enc, done) {
        out += String(chunk);
        done();
      },
    });
    await runConsole(deps, { input: Readable.from([lines]), output });
    return out;
  };

  it('adds to the refusal how to start the console on a day in the period', async () => {
    const { deps } = await createCoreHarness('2026-12-02T10:00:00');
    const out = await consoleReply(deps, 'logga medborgarkontakt Centrum\n');
    expect(out).toBe(
      'I dag (2 december 2026) ligger efter perioden 1 januari–31 december 2018, så inget sparades. ' +
        'Logga en dag i perioden (t.ex. /logga medborgarkontakt Centrum 31/12/2018), ' +
        'eller be en administratör importera årets löftesfil.\n' +
        'Vill du prova som om det vore 2018: starta med `npm start -- --now 2018-03-19T08:00`.\n',
    );
  });

  it('adds nothing to a typed date outside the period, nor to a chat reply', async () => {
    const { deps, ctx } = await createCoreHarness('2026-12-02T10:00:00');
    const out = await consoleReply(deps, 'logga medborgarkontakt Centrum 2017-12-31\n');
    expect(out).toContain('Datumet 31 december 2017 ligger utanför perioden');
    expect(out).not.toContain('--now');
    // The same refusal through the command path, as Slack and Teams get it, names no console start.
    const chat = await handleCommand(deps, { ...ctx, platform: 'slack' }, '/logga medborgarkontakt Centrum');
    expect(chat.text).not.toContain('npm start');
  });
});

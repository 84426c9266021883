// Every place a free text enters the grammar passes the one personal-data guard: the note, a
// free-text place, words outside quotes, a mention's text, a comment, a judgement's reason and the name kept
// with a role. Each row is the attack; nothing may come back as a command to store.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { createOverkalixTestSet } from '../grammar/overkalix-test-set.ts';

const overkalix = createOverkalixTestSet();
const judged = loadPromiseFile(`key: prov-2021
format: 2
title: Medborgarlöfte 2021
municipality: Provkommun
policeArea: LPO Prov
period: { start: 2021-01-01, end: 2021-12-31 }
reportDue: 2022-01-31
places:
  - { id: gustav-adolfs-torg, name: Gustav Adolfs torg, aliases: [] }
  - { id: storgatan-12, name: Kiosken Storgatan 12, aliases: [] }
promises:
  - { id: unga-lagforing, category: Unga, title: Insatser mot ungas brottslighet, text: Insatser., words: [ungdomsinsats], rule: { kind: judged } }
  - { id: narvaro, category: Trygghet, title: Närvaro, text: Närvaro., words: [närvaro], rule: { kind: count, target: 10, per: period } }
`);
if (!judged.ok) throw new Error(JSON.stringify(judged.errors));

const inOverkalix = (line: string) => parseCommand(line, { set: overkalix, today: '2018-03-21' });
const inProv = (line: string) => parseCommand(line, { set: judged.value, today: '2021-05-03' });

describe('one personal-data guard for every free text', () => {
  it.each([
    ['/logga medborgarkontakt Centrum "pratade med Anna Svensson"', 'Anteckningen', 'ett namn på en person'],
    ['/logga närvaro Storgatan 5', 'Raden', 'en gatuadress'],
    ['/logga närvaro vid Björkstigen 14b', 'Raden', 'en gatuadress'],
    ['/logga närvaro Kiosken "ring 070/123 45 67"', 'Anteckningen', 'ett telefonnummer'],
    ['/logga trafikinsats E4 abc-123', 'Raden', 'ett registreringsnummer'],
    ['/logga närvaro Centrum 811218 – 9876', 'Raden', 'ett personnummer'],
    ['/logga närvaro Centrum <at>811218-9876</at>', 'Omnämnandet', 'ett personnummer'],
    ['/logga närvaro Centrum med skolan och @070-1234567', 'Omnämnandet', 'ett telefonnummer'],
    ['/logga närvaro Centrum "kalle[at]exempel[dot]se"', 'Anteckningen', 'en e-postadress'],
    ['/loften kommentar närvaro "inställt, se Storgatan 12"', 'Kommentaren', 'en gatuadress'],
    ['/loften kommentar närvaro "Anna Svensson tog över"', 'Kommentaren', 'ett namn på en person'],
  ])('refuses %s', (line, subject, what) => {
    const parsed = inOverkalix(line);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('personal-data');
    expect(parsed.error.message).toContain(`${subject} ser ut att innehålla ${what}.`);
    expect(parsed.error.message).toContain('Inget har sparats.');
  });

  it('refuses a judgement reason that names a citizen or carries a number', () => {
    for (const reason of [
      'Erik Johansson slutade komma',
      'se ärendet 19811218-9876',
      'mejla sara＠exempel.se',
    ]) {
      const parsed = inProv(`/loften bedöm ungdomsinsats släpar "${reason}"`);
      expect(parsed.ok, reason).toBe(false);
      if (!parsed.ok) expect(parsed.error.message).toMatch(/^Orsaken ser ut att innehålla /);
    }
    expect(inProv('/loften bedöm ungdomsinsats släpar "två insatser inställda, 3 st"').ok).toBe(true);
  });

  it("keeps a colleague's name with a role but refuses an identifier in it", () => {
    expect(inOverkalix('/loften roll <at>Anna Svensson</at> chef')).toMatchObject({
      ok: true,
      value: { kind: 'role', user: '<at>Anna Svensson</at>', role: 'chief' },
    });
    const refused = inOverkalix('/loften roll <at>anna 0701234567</at> chef');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/^Namnet ser ut att innehålla ett telefonnummer/);
  });

  it("lets the set's own place names through, even when they look like a name or an address", () => {
    const torg = inProv('/logga närvaro Gustav Adolfs torg');
    expect(torg.ok && torg.value.kind === 'log' && torg.value.entry.place).toBe('gustav-adolfs-torg');
    const kiosk = inProv('/logga närvaro Kiosken Storgatan 12');
    expect(kiosk.ok && kiosk.value.kind === 'log' && kiosk.value.entry.place).toBe('storgatan-12');
  });

  it('takes times, dates, counts and 112 as they are meant', () => {
    for (const line of [
      '/logga närvaro Centrum kl 0800-1000 "larmade 112, lugnt 0700-0900"',
      '/logga närvaro Centrum 2018-03-14 kl 14:30 "14:30-16:00 E4 och väg 392, 40 fordon"',
      '/logga närvaro Centrum 3 st "Storgatan 5 ungdomar, per 100 invånare"',
    ]) {
      expect(inOverkalix(line), line).toMatchObject({ ok: true });
    }
  });
});

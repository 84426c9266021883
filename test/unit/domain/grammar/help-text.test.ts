import { describe, expect, it } from 'vitest';
import { helpText } from '../../../../src/domain/grammar/help-text.ts';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { createKindsTestSet } from './kinds-test-set.ts';
import { createOverkalixTestSet } from './overkalix-test-set.ts';

const set = createOverkalixTestSet();

describe('helpText', () => {
  it('lists the forms and examples built from the set', () => {
    const text = helpText(set);
    expect(text).toContain('/logga <aktivitet> [plats] [när] [antal] [med <part>] ["anteckning"]');
    expect(text).toContain('/planera <aktivitet> [plats] <när>');
    expect(text).toContain('/logga medborgarkontakt Centrum');
    expect(text).toContain('/logga ångra');
    expect(text).toContain('medborgarkontakt, kontakt, mk — Medborgarkontakt');
    expect(text).toContain('Centrum (torget, byn)');
    expect(text).toContain('Socialtjänsten');
    expect(text).toContain('/rapport [år] [period] [md|csv|docx|xlsx|json]');
    expect(text).toContain('/rapport T2 2019 (tertial)');
  });

  it('gives examples that parse', () => {
    const examples = helpText(set)
      .split('\n')
      .map((line) => line.trim())
      .filter(
        (line) => /^\/(logga|planera) [a-zåäö]/.test(line) && !line.includes('<') && !line.includes('ångra'),
      );
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) {
      expect(parseCommand(example, { set, today: '2018-03-21' }), example).toMatchObject({ ok: true });
    }
  });

  it('names the trigger words, target groups and methods a set has', () => {
    const text = helpText(createKindsTestSet(), 'logga');
    expect(text).toContain(
      'När behovet uppkommer (noteras med /logga, räknas inte som utfört):\n  önskemål trygghetsvandring, vandringsönskemål — Om det uppkommer önskemål om trygghetsvandringar',
    );
    expect(text).toContain(
      'Målgrupper: Mopeder (moped, mopedister); A-traktorer (a-traktor, epa); Årskurs 7 (åk 7, sjuor); Unga (ungdomar)',
    );
    expect(text).toContain('Metoder: Civilt (civil, civilt); Uniformerat (uniform, uniformerad)');
    expect(helpText(set)).not.toContain('Målgrupper');
  });

  it('focuses on a topic', () => {
    const text = helpText(set, 'logga');
    expect(text).toContain('/logga <aktivitet>');
    expect(text).not.toContain('/planera <aktivitet>');
    expect(helpText(set, 'rapport')).toContain('/rapport [år]');
    expect(helpText(set, 'rapport')).toContain('VT 2020 / HT 2020 (termin)');
  });

  it('tells an unbound channel how to bind it', () => {
    expect(helpText(null)).toContain('/loften koppla <nyckel>');
  });
});

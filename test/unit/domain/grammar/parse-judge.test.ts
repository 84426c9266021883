// `/loften bedöm`: promise by id or word, two-word statuses, typed without å/ä/ö, reason rules.
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';

const loaded = loadPromiseFile(`key: prov-2021
format: 2
title: Medborgarlöfte 2021
municipality: Provkommun
policeArea: LPO Prov
period: { start: 2021-01-01, end: 2021-12-31 }
reportDue: 2022-01-31
promises:
  - { id: unga-lagforing, category: Unga, title: Insatser mot ungas brottslighet, text: Insatser., words: [ungdomsinsats], rule: { kind: judged } }
`);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const set = loaded.value;
const parse = (line: string) => parseCommand(line, { set, today: '2021-05-03' });

describe('/loften bedöm', () => {
  it.each([
    ['/loften bedöm unga-lagforing uppfyllt', 'uppfyllt', null],
    ['/loften bedom ungdomsinsats i fas', 'i fas', null],
    ['/loften bedöm ungdomsinsats slapar "två insatser inställda"', 'släpar', 'två insatser inställda'],
    ['/loften bedöm unga-lagforing Ej Uppfyllt "ingen personal"', 'ej uppfyllt', 'ingen personal'],
    ['/loften bedöm unga-lagforing ej aktuell "inga ärenden"', 'ej aktuell', 'inga ärenden'],
  ])('%s', (line, status, reason) => {
    expect(parse(line)).toEqual({
      ok: true,
      value: { kind: 'judge', promiseId: 'unga-lagforing', status, reason },
    });
  });

  it('takes a year only where the set has years of its own', () => {
    const withYear = parse('/loften bedöm unga-lagforing uppfyllt för 2021');
    expect(withYear.ok ? null : withYear.error).toMatchObject({
      code: 'bad-period',
      message:
        'Löftena i Medborgarlöfte 2021 bedöms för hela perioden, inte per år: skriv bedömningen utan år. Inget har sparats.',
    });
  });

  it('asks for a reason below plan, and names what is wrong', () => {
    const noReason = parse('/loften bedöm unga-lagforing släpar');
    expect(noReason.ok ? null : noReason.error).toMatchObject({ code: 'bad-note', field: 'note' });
    const unknown = parse('/loften bedöm ungdomar uppfyllt');
    expect(unknown.ok ? '' : unknown.error.message).toContain(
      'Okänt löfte "ungdomar". Löften som bedöms: unga-lagforing.',
    );
    const bad = parse('/loften bedöm unga-lagforing halvbra');
    expect(bad.ok ? '' : bad.error.message).toContain('Okänd status "halvbra"');
    const none = parse('/loften bedöm');
    expect(none.ok ? null : none.error.code).toBe('empty');
  });
});

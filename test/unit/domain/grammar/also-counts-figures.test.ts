// A figure word of a promise the logged one also counts for (`alsoCounts`): a traffic control on a
// risk evening is logged once with the risk-evening word and may carry the vehicles checked, which
// the traffic promise sums (the admin guide's example of one event counting for several promises).
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../../src/domain/grammar/parse-command.ts';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';

const loaded = loadPromiseFile(`key: test-2019
format: 2
title: Test
municipality: Testkommun
policeArea: LPO Test
period: { start: 2019-01-01, end: 2019-12-31 }
reportDue: 2020-01-31
places:
  - { id: e4, name: E4 }
events:
  - { id: riskkvallar, name: Riskkvällar, aliases: [riskkväll], dates: [2019-06-07, 2019-08-16] }
promises:
  - id: riskkvallar
    category: Ungdomar
    title: Insatser under riskkvällar
    text: Genomföra minst 2 insatser under riskkvällar.
    words: [riskkvällsinsats]
    rule: { kind: count, target: 2 }
    when: { events: [riskkvallar] }
    alsoCounts: [trafikinsatser]
  - id: trafikinsatser
    category: Trafik
    title: Trafikinsatser
    text: Genomföra minst 4 trafiksäkerhetsinsatser.
    words: [trafikinsats]
    rule: { kind: count, target: 4 }
    figures:
      - { id: kontrollerade-fordon, label: kontrollerade fordon, words: [fordon] }
`);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const set = loaded.value;

describe('figure words reached through alsoCounts', () => {
  it('reads the other promise’s figure on a line logged with this promise’s word', () => {
    const result = parseCommand('/logga riskkvällsinsats E4 2019-06-07 fordon 40', {
      set,
      today: '2019-06-08',
    });
    if (!result.ok) expect.fail(result.error.message);
    expect(result.value).toMatchObject({
      kind: 'log',
      entry: { promiseIds: ['riskkvallar'], place: 'e4', figures: { 'kontrollerade-fordon': 40 } },
    });
  });

  it('still refuses a figure word of a promise the line does not count for', () => {
    const other = loadPromiseFile(
      JSON.stringify({ ...set, promises: set.promises.map((p) => ({ ...p, alsoCounts: [] })) }),
    );
    if (!other.ok) expect.fail(JSON.stringify(other.errors));
    const result = parseCommand('/logga riskkvällsinsats E4 2019-06-07 fordon 40', {
      set: other.value,
      today: '2019-06-08',
    });
    if (result.ok) expect.fail('the line was taken');
    expect(result.error.message).toContain('Förstod inte "fordon"');
  });
});

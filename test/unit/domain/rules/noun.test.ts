// The counted word's plural, as reports and alerts use it ("8 av 8 …").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';
import { activityNoun, countOf } from '../../../../src/domain/rules/noun.ts';

const loaded = loadPromiseFile(
  readFileSync(new URL('../../../../promises/examples/strangnas-2019.yml', import.meta.url), 'utf8'),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const promise = loaded.value.promises.find((p) => p.id === 'grannsamverkan')!;

describe('activityNoun', () => {
  it.each([
    ['grannsamverkan', '8 grannsamverkan'],
    ['båtsamverkan', '8 båtsamverkan'],
    ['grannsamverkansområde', '8 grannsamverkansområden'],
    ['trygghetsvandring', '8 trygghetsvandringar'],
    ['åtgärdsplan', '8 åtgärdsplaner'],
  ])('%s → %s', (word, expected) => {
    expect(countOf(8, activityNoun({ ...promise, words: [word] }))).toBe(expected);
  });
});

// Every promise file written from a real municipality's document loads as it stands.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatFileErrors, loadPromiseFile } from '../../../../src/domain/promise-set/load-promise-file.ts';

const dir = join(import.meta.dirname, '../../../../promises/examples');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml'));

describe('promises/examples', () => {
  it('holds at least six files', () => {
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s loads', (file) => {
    const result = loadPromiseFile(readFileSync(join(dir, file), 'utf8'));
    if (!result.ok) expect.fail(formatFileErrors(result.errors));
    expect(result.value.format).toBe(2);
    expect(`${result.value.key}.yml`).toBe(file);
  });
});

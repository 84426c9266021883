import { describe, expect, it } from 'vitest';
import { createSortableId } from '../../../../src/adapters/storage/create-sortable-id.ts';

describe('createSortableId', () => {
  it('sorts ids in the order they were made, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => createSortableId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

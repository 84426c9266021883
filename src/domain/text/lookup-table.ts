/**
 * A table looked up with words people type: without a prototype, so `constructor`, `__proto__` or
 * `toString` typed as a place or promise name finds nothing instead of Object.prototype's members.
 */
export function lookupTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

// Which alerts ask for something now: "behöver åtgärd denna vecka" in the digest lists only what
// someone can still do. A window or unit already missed is history (shown, but apart); entries that
// did not count are worth fixing while the promise needs them, and only noise once it is met.
import type { Alert, PromiseStatus } from './types.ts';

/** A window or unit already missed, or members of an ended unit: what happened, not what to do. */
export const HISTORY = new Set<Alert['code']>(['window-broken', 'coverage-missed']);
/** Entries that did not count: worth fixing while the promise still needs them, noise once it is met. */
export const NOT_COUNTED = new Set<Alert['code']>([
  'missing-partner',
  'missing-group-or-method',
  'outside-when',
  'outside-places',
  'before-after',
]);

/** The alerts someone can act on now ("behöver åtgärd denna vecka"). */
export function actionable(ps: PromiseStatus): Alert[] {
  return ps.alerts.filter(
    (a) => !HISTORY.has(a.code) && !(NOT_COUNTED.has(a.code) && ps.status === 'uppfyllt'),
  );
}

/** An alert worth showing at all: not a "räknas inte" note on a promise already met. */
export function isCurrent(ps: Pick<PromiseStatus, 'status'>, alert: Alert): boolean {
  return !(NOT_COUNTED.has(alert.code) && ps.status === 'uppfyllt');
}

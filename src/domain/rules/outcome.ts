// Once a promise's window has ended its status is the outcome; the report softens a miss to
// "delvis uppfyllt" when at least `partialShare` of the target was reached.
import type { Outcome, StatusWord } from '../types.ts';

/** `share` is the reached fraction of the target (1 or more = met). */
export function outcomeOf(share: number, partialShare: number): Outcome {
  if (share >= 1 - 1e-9) return 'uppfyllt';
  if (share > 0 && share >= partialShare - 1e-9) return 'delvis uppfyllt';
  return 'ej uppfyllt';
}

export function finalStatus(outcome: Outcome): StatusWord {
  return outcome === 'delvis uppfyllt' ? 'ej uppfyllt' : outcome;
}

const RANK: Record<Outcome, number> = {
  'ej bedömd': 0,
  'ej uppfyllt': 1,
  'delvis uppfyllt': 2,
  uppfyllt: 3,
  'ej aktuell': 4,
};

/** The worst of several outcomes (a multi-year period by its worst year); `uppfyllt` for none. */
export function worstOutcome(outcomes: readonly Outcome[]): Outcome {
  return outcomes.reduce<Outcome>((a, b) => (RANK[b] < RANK[a] ? b : a), 'uppfyllt');
}

// "Menade du …?": the closest known word to a near-miss, or null when nothing is close enough to help.
import { distance } from 'fastest-levenshtein';
import { normaliseWord } from '../text/normalise.ts';

export interface SuggestionCandidate {
  /** Folded form compared against. */
  folded: string;
  /** Form shown to the user. */
  display: string;
}

function allowedDistance(length: number): number {
  if (length <= 2) return 0;
  if (length <= 4) return 1;
  if (length <= 8) return 2;
  return 3;
}

export function suggestWord(input: string, candidates: Iterable<SuggestionCandidate>): string | null {
  const folded = normaliseWord(input);
  if (folded.length < 2) return null;
  let best: SuggestionCandidate | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  const prefixed = new Set<string>();
  for (const candidate of candidates) {
    if (candidate.folded === folded) continue;
    // Cheap length filter before Levenshtein: the distance is at least the length difference.
    if (Math.abs(candidate.folded.length - folded.length) <= 3) {
      const d = distance(folded, candidate.folded);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    if (folded.length >= 3 && candidate.folded.startsWith(folded)) prefixed.add(candidate.display);
  }
  if (best && bestDistance <= allowedDistance(folded.length)) return best.display;
  // A unique completion of an abbreviation ("medborg") is as helpful as a typo fix.
  if (prefixed.size === 1) return [...prefixed][0]!;
  return null;
}

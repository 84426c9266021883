// Several silent places of one promise read as one line, not four near-identical ones:
// "Ingen medborgarkontakt i Skolan, Ungdomsgården och Företag på 11 veckor: …".
import type { CommitmentDef } from '../promise-set/schema.ts';
import { activityNoun, weeksText } from '../rules/noun.ts';
import type { SilentPlace, WeekRef } from '../status/types.ts';
import type { DateWords } from '../time/date-words.ts';
import { lastDaysText } from './alert-text.ts';

function listText(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;
}

export function silentPlacesText(
  commitment: CommitmentDef,
  places: SilentPlace[],
  thisWeek: WeekRef,
  words: DateWords,
): string {
  const noun = activityNoun(commitment).one;
  const sameWeeks = places.every((p) => p.weeks === places[0]?.weeks);
  const where = sameWeeks
    ? `i ${listText(places.map((p) => p.name))} på ${weeksText(places[0]?.weeks ?? 0)}`
    : `i ${listText(places.map((p) => `${p.name} på ${weeksText(p.weeks)}`))}`;
  const last = lastDaysText(thisWeek, words);
  return `Ingen ${noun} ${where}: gör en där ${last ?? `denna vecka (${thisWeek.label}, ${thisWeek.dates})`}`;
}

// How a line was understood, echoed in every reply: "medborgarkontakt · Centrum · tis 20 mars (v.12) · 1 st",
// or for a conditional promise's trigger "behov uppkom (Om det uppkommer önskemål …) · Centrum · lör 1 juni (v.22)".
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { findMember, memberName } from '../rules/set-members.ts';
import type { DateWords } from '../time/date-words.ts';
import { addDays, isoWeekOf, weekEnd } from '../time/index.ts';
import type { Activity, IsoDate, IsoWeek } from '../types.ts';

export function describeEntry(
  set: PromiseSetDef,
  a: Pick<
    Activity,
    | 'promiseIds'
    | 'date'
    | 'time'
    | 'place'
    | 'count'
    | 'partners'
    | 'targetGroups'
    | 'methods'
    | 'participants'
    | 'note'
    | 'figures'
  >,
  /**
   * The reply's date wording at now (wordsAt): an entry of last year says its year ("28 december
   * 2025" read on 2 januari 2026), and every entry of a multi-year set does.
   */
  words: DateWords,
  /** The line named a week or a weekend: say that, not the one day stored for it. */
  span: 'week' | 'weekend' | null = null,
): string {
  const trigger = a.count === 0 ? triggerOf(set, a.promiseIds) : null;
  const logWords = a.promiseIds.map((id) => set.promises.find((p) => p.id === id)?.words[0] ?? id);
  const parts = [trigger ? `behov uppkom (${trigger})` : logWords.join(' + ')];
  if (a.place) parts.push(placeName(set, a.place));
  parts.push(describeDate(a.date, a.time, span, words));
  if (!trigger) parts.push(`${a.count} st`);
  if (a.partners.length > 0) parts.push(`med ${a.partners.map((p) => partnerName(set, p)).join(', ')}`);
  if (a.targetGroups.length > 0) parts.push(`målgrupp ${namesOf(set.targetGroups, a.targetGroups)}`);
  if (a.methods.length > 0) parts.push(`metod ${namesOf(set.methods, a.methods)}`);
  if (a.participants.length > 1) parts.push(`${a.participants.length} deltagare`);
  for (const [id, value] of Object.entries(a.figures)) {
    const label = set.promises.flatMap((p) => p.figures).find((f) => f.id === id)?.label ?? id;
    parts.push(`${value} ${label}`);
  }
  if (a.note) parts.push(`"${a.note}"`);
  return parts.join(' · ');
}

/**
 * `tis 20 mars (v.12)`, `v.11 (12–18 mars)` for a week, `helgen 17–18 mars (v.11)` for a weekend; a
 * year where `words` asks for one (`tis 20 mars 2021 (v.12)`, `v.11 2021 (15–21 mars)`), said once,
 * and twice when the week's year is another (`mån 31 december 2018 (v.1 2019)`).
 */
export function describeDate(
  date: string,
  time: string | null,
  span: 'week' | 'weekend' | null,
  words: DateWords,
): string {
  const week = isoWeekOf(date);
  const at = time ? ` kl ${time}` : '';
  if (span === 'week') return `${words.week(week)} (${words.weekDates(week)})${at}`;
  if (span === 'weekend') {
    // The weekend of v.53 2020 is 2–3 januari 2021: its dates say their own year.
    const sunday = weekEnd(week);
    const dates = words.range(addDays(sunday, -1), sunday);
    return `helgen ${dates} (${weekBeside(week, sunday, words)})${at}`;
  }
  return `${words.day(date)}${at} (${weekBeside(week, date, words)})`;
}

/**
 * The week beside a day that is already worded: its year is said once, with the day, unless the week
 * belongs to another year (31 december 2018 lies in v.1 2019): then the week says its own.
 */
function weekBeside(week: IsoWeek, date: IsoDate, words: DateWords): string {
  const own = words.weekHasYear(week) && (!words.dateHasYear(date) || String(week.year) !== date.slice(0, 4));
  return own ? words.week(week) : `v.${week.week}`;
}

/** The verbatim condition of the conditional promise a count-0 entry names, if it is one. */
export function triggerOf(set: PromiseSetDef, promiseIds: readonly string[]): string | null {
  const promise = set.promises.find((p) => promiseIds.includes(p.id) && p.conditional);
  return promise?.conditional?.trigger ?? null;
}

function namesOf(list: readonly { id: string; name: string }[], ids: readonly string[]): string {
  return ids.map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ');
}

export function placeName(set: PromiseSetDef, place: string): string {
  return set.places.find((p) => p.id === place)?.name ?? memberName(set, place) ?? place;
}

/**
 * The place as a line names it, for a form to fill in (Ändra): a listed place's or a member's name
 * (without its school year: the entry's date tells twins apart), else the free text itself.
 */
export function placeAsWritten(set: PromiseSetDef, place: string): string {
  return set.places.find((p) => p.id === place)?.name ?? findMember(set, place)?.member.name ?? place;
}

export function partnerName(set: PromiseSetDef, partner: string): string {
  return set.partners.find((p) => p.id === partner)?.name ?? partner;
}

// The words after /logga or /planera, resolved against the channel's promise set into an EntryDraft.

import { distance } from 'fastest-levenshtein';
import type { HolidayLookup } from '../digest/find-digest-day.ts';
import { guardFreeText, personalDataError } from '../privacy/guard-free-text.ts';
import { effectivePeriod } from '../promise-set/effective-period.ts';
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { lackingPartners } from '../rules/partner-check.ts';
import { resolveMember } from '../rules/set-members.ts';
import { setWords } from '../status/status-words.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { DateWords } from '../time/date-words.ts';
import { formatPeriod, fromDayNumber, toDayNumber, weekdayOf } from '../time/index.ts';
import type { DomainError, ErrorCode, IsoDate, Result } from '../types.ts';
import { fail, ok } from '../types.ts';
import type { Vocabulary } from './build-vocabulary.ts';
import { classifyPiece, type PieceContext } from './classify-piece.ts';
import type { EntryDraft } from './command.ts';
import { activityFirst, matchActivity } from './match-activity.ts';
import { matchPhrase } from './match-phrase.ts';
import { WHEN_WORDS, type WhenMode, type WhenSpan } from './match-when.ts';
import { memberSetOf, placePrompt } from './place-prompt.ts';
import { describeWeekdays, resolveEntryDay, tiedWeekdays } from './resolve-entry-day.ts';
import { suggestWord } from './suggest-word.ts';
import type { Token } from './tokenize-line.ts';
import { LOG_USAGE, PLAN_USAGE, quotePart } from './usage.ts';

export const MAX_COUNT = 1000;
/** Above this (or a promise's `maxCount`) an entry's count is asked to be confirmed with `bekräfta`. */
export const DEFAULT_MAX_COUNT = 20;
export const MAX_NOTE = 300;
const MAX_PLACE = 100;

export interface EntryContext {
  set: PromiseSetDef;
  vocabulary: Vocabulary;
  today: IsoDate;
  mode: WhenMode;
  holidayName?: HolidayLookup;
  /**
   * `logga ändra`: the entry being changed. Its promises stand (the line holds only the parts), and
   * every part the line leaves out keeps the entry's value; the merged entry gets the same checks.
   */
  base?: EntryBase;
}

/** The fields of a stored entry that `logga ändra` may replace, and the promises it is for. */
export interface EntryBase {
  promiseIds: string[];
  date: IsoDate;
  time: string | null;
  place: string | null;
  count: number;
  partners: string[];
  targetGroups: string[];
  methods: string[];
  note: string | null;
  figures: Record<string, number>;
}

function error(
  code: ErrorCode,
  message: string,
  part: string | undefined,
  field: DomainError['field'],
): Result<never> {
  return fail(part === undefined ? { code, message, field } : { code, message, part, field });
}

function placeNames(vocabulary: Vocabulary): string {
  return [...vocabulary.placeName.values()].join(', ');
}

/** "Menade du …?" for a word that is no part of the grammar: a place, a date word or `med`. */
function nearMiss(raw: string, vocabulary: Vocabulary): { display: string; isPlace: boolean } | null {
  const places = [...vocabulary.places.byPhrase].map(([folded, e]) => ({ folded, display: e.display }));
  const place = suggestWord(raw, places);
  if (place) return { display: place, isPlace: true };
  const other = [...WHEN_WORDS, 'med', 'st'].map((w) => ({ folded: normaliseWord(w), display: w }));
  const hit = suggestWord(raw, other);
  return hit ? { display: hit, isPlace: false } : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function partnerDisplay(set: PromiseSetDef, id: string): string {
  return set.partners.find((p) => p.id === id)?.name ?? id;
}

/** "Menade du …?" with the nearest places and aliases, then every place: an unknown word is never a place. */
function placeHint(raw: string, vocabulary: Vocabulary): string {
  const folded = normaliseWord(raw);
  const near = [...vocabulary.places.byPhrase]
    .map(([phrase, e]) => ({ phrase, e, d: distance(folded, phrase) }))
    // A short word is near everything short ("ett" and "E4" are two edits apart): a third of the word.
    .filter((x) => x.d <= Math.max(1, Math.ceil(folded.length / 3)) && x.d < folded.length)
    .sort((a, b) => a.d - b.d);
  const shown: string[] = [];
  for (const { e } of near) {
    const name = vocabulary.placeName.get(e.id) ?? e.display;
    const text = e.display === name ? `"${name}"` : `"${e.display}" (${name})`;
    if (!shown.some((x) => x.endsWith(`(${name})`) || x === `"${name}"`)) shown.push(text);
    if (shown.length === 3) break;
  }
  const list = placeNames(vocabulary);
  const menade = shown.length > 0 ? ` Menade du ${shown.join(' eller ')}?` : '';
  return list ? `${menade} Platser: ${list}.` : menade;
}

/** Why a day the promises are not kept on does not count (only reachable with `ändå`). */
function offDayReason(day: number, promises: CommitmentDef[], words: DateWords): string | null {
  const days = tiedWeekdays(promises);
  if (days === null || days.has(weekdayOf(day))) return null;
  return `${words.day(fromDayNumber(day))} är ingen av dagarna löftet gäller (${describeWeekdays(days)})`;
}

function periodOf(set: PromiseSetDef, promise: CommitmentDef): { start: IsoDate; end: IsoDate } {
  // A period "förlängt" by a year takes entries until `extendedTo`.
  const period = effectivePeriod(set);
  // A deadline promise is done after the period: the written summary is due in January.
  if (promise.rule.kind === 'deadline' && promise.rule.due > period.end) {
    return { start: period.start, end: promise.rule.due };
  }
  return period;
}

function checkDate(
  day: number,
  raw: string | null,
  promises: CommitmentDef[],
  ctx: EntryContext,
  today: number,
): Result<IsoDate> {
  const iso = fromDayNumber(day);
  const shown = raw !== null && normaliseWord(raw) !== iso ? `${quotePart(raw)} (${iso})` : iso;
  if (ctx.mode === 'log' && day > today) {
    return error(
      'future-date',
      `Datumet ${shown} har inte varit än. /logga gäller gjorda aktiviteter; planera med /planera.`,
      raw ?? iso,
      'date',
    );
  }
  if (ctx.mode === 'plan' && day <= today) {
    return error(
      'past-date',
      `/planera gäller kommande dagar, och ${shown} är inte i framtiden. Logga det som är gjort med /logga.`,
      raw ?? iso,
      'date',
    );
  }
  for (const promise of promises) {
    const period = periodOf(ctx.set, promise);
    if (iso < period.start || iso > period.end) {
      return error(
        'outside-period',
        `Datumet ${shown} ligger utanför perioden ${formatPeriod(period.start, period.end)}.`,
        raw ?? iso,
        'date',
      );
    }
  }
  return ok(iso);
}

/** The line's words, with every phrase of the set's vocabulary replaced by a neutral mark. */
function lineWithoutKnownPhrases(tokens: Token[], vocabulary: Vocabulary): string {
  const out: string[] = [];
  const tables = [
    vocabulary.places,
    vocabulary.partners,
    vocabulary.activities,
    vocabulary.targetGroups,
    vocabulary.methods,
  ];
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i]!;
    if (token.kind !== 'word') {
      out.push(token.kind === 'comma' ? (token.raw ?? ',') : '·');
      i++;
      continue;
    }
    const known = tables.map((t) => matchPhrase(tokens, i, t)).find((m) => m !== null);
    out.push(known ? '·' : token.raw);
    i += known ? known.consumed : 1;
  }
  return out.join(' ');
}

export function parseEntry(lineTokens: Token[], note: string | null, ctx: EntryContext): Result<EntryDraft> {
  const usage = ctx.mode === 'log' ? LOG_USAGE : PLAN_USAGE;
  const { vocabulary } = ctx;
  // `ändå` stores a line that would not count; `bekräfta` confirms an unusually large count.
  const flags = { anyway: false, confirmed: false };
  const written = lineTokens.filter((t) => {
    if (t.kind !== 'word') return true;
    if (t.folded === 'anda') flags.anyway = true;
    else if (t.folded === 'bekrafta' || t.folded === 'bekraftat') flags.confirmed = true;
    else return true;
    return false;
  });
  const { anyway } = flags;
  const tokens = ctx.base ? written : activityFirst(written, vocabulary);
  // Identifiers typed outside quotes ("ABC 123", a phone number) are refused like those in a note;
  // the set's own words (its places, partners) are masked first so that "Gustav Adolfs torg" is a place.
  const personalInLine = guardFreeText(lineWithoutKnownPhrases(tokens, vocabulary), 'line');
  if (personalInLine) return fail(personalDataError(personalInLine, 'text'));
  for (const token of tokens) {
    const personal = token.kind === 'mention' ? guardFreeText(token.raw, 'mention') : null;
    if (personal) return fail(personalDataError(personal, 'text'));
  }
  const { base } = ctx;
  const activity = base
    ? { promiseIds: base.promiseIds, consumed: 0, trigger: base.count === 0 }
    : matchActivity(tokens, vocabulary, usage);
  if ('error' in activity) return fail(activity.error);
  if (activity.trigger && ctx.mode === 'plan') {
    const phrase = tokens
      .slice(0, activity.consumed)
      .map((t) => (t.kind === 'word' ? t.raw : ''))
      .join(' ');
    return error(
      'unexpected',
      `Ett behov planeras inte. Notera det med /logga ${phrase} när det har uppkommit.`,
      phrase,
      'promise',
    );
  }
  const promises = activity.promiseIds.map((id) => ctx.set.promises.find((p) => p.id === id)!);
  const today = toDayNumber(ctx.today);
  // A day of last year (or of a multi-year set) is named with its year in what the reply says of it.
  const words = setWords(ctx.set, ctx.today);
  // Figure words are read for the promises logged and those they also count for (`alsoCounts`): a
  // risk-evening operation logged once may carry the checked vehicles of the traffic promise.
  const also = promises.flatMap((p) =>
    p.alsoCounts.flatMap((id) => ctx.set.promises.filter((o) => o.id === id)),
  );
  const figurePromises = [...new Set([...promises, ...also])];
  const pieceContext: PieceContext = { vocabulary, promises, figurePromises, today, mode: ctx.mode };
  const word = activity.promiseIds.map((id) => vocabulary.canonicalWord.get(id) ?? id).join('+');

  let when: { day: number; raw: string; span?: WhenSpan } | null = null;
  let time: { value: string; raw: string } | null = null;
  let count: { value: number; raw: string } | null = null;
  let place: { id: string; raw: string } | null = null;
  const freeText: string[] = [];
  let inFreeText = false;
  const figures: Record<string, number> = {};
  const partners: string[] = [];
  const tags: Record<'targetGroups' | 'methods', string[]> = { targetGroups: [], methods: [] };
  const participants: string[] = [];
  const notUnderstood = (raw: string, extra = '') =>
    error('unexpected', `Förstod inte ${quotePart(raw)}.${extra} Skriv: ${usage}`, raw, 'text');

  let i = activity.consumed;
  while (i < tokens.length) {
    const piece = classifyPiece(tokens, i, pieceContext);
    if (piece.kind === 'error') return fail(piece.error);
    const wasInFreeText = inFreeText;
    inFreeText = false;
    switch (piece.kind) {
      case 'skip': {
        // "kiosken vid järnvägen": a small word inside a free-text place belongs to it.
        const next = i + 1 < tokens.length ? classifyPiece(tokens, i + 1, pieceContext) : null;
        if (wasInFreeText && piece.filler && next?.kind === 'unknown') {
          freeText.push((tokens[i] as { raw: string }).raw);
          inFreeText = true;
        }
        break;
      }
      case 'mention':
        if (!participants.includes(piece.raw)) participants.push(piece.raw);
        break;
      case 'tag':
        if (!tags[piece.list].includes(piece.id)) tags[piece.list].push(piece.id);
        break;
      case 'partners':
        for (const id of piece.ids) if (!partners.includes(id)) partners.push(id);
        for (const m of piece.mentions) if (!participants.includes(m)) participants.push(m);
        break;
      case 'when':
        if (when)
          return error(
            'bad-date',
            `Två datum: ${quotePart(when.raw)} och ${quotePart(piece.raw)}. Skriv bara ett.`,
            piece.raw,
            'date',
          );
        when = piece;
        break;
      case 'time':
        if (time)
          return error(
            'bad-date',
            `Två klockslag: ${quotePart(time.raw)} och ${quotePart(piece.raw)}. Skriv bara ett.`,
            piece.raw,
            'date',
          );
        time = piece;
        break;
      case 'count':
        if (count) {
          return error(
            'bad-count',
            `Två antal: ${quotePart(count.raw)} och ${quotePart(piece.raw)}. Skriv antalet en gång, t.ex. 3 st.`,
            piece.raw,
            'count',
          );
        }
        count = piece;
        break;
      case 'figure':
        if (piece.value > 1_000_000)
          return error('bad-count', `Siffran ${quotePart(piece.raw)} är för stor.`, piece.raw, 'count');
        figures[piece.id] = (figures[piece.id] ?? 0) + piece.value;
        break;
      case 'place':
        if (place || freeText.length > 0) {
          const first = place ? (vocabulary.placeName.get(place.id) ?? place.id) : freeText.join(' ');
          return error(
            'unknown-place',
            `Två platser: ${quotePart(first)} och ${quotePart(piece.raw)}. Logga en plats per rad.`,
            piece.raw,
            'place',
          );
        }
        place = piece;
        break;
      case 'unknown': {
        const activityWord = vocabulary.activities.byPhrase.get(normaliseWord(piece.raw));
        if (activityWord) {
          return notUnderstood(
            piece.raw,
            ` Flera aktiviteter skrivs ihop med +, t.ex. ${word}+${activityWord.display}.`,
          );
        }
        const miss = nearMiss(piece.raw, vocabulary);
        if (miss && !miss.isPlace) {
          const code = miss.isPlace ? 'unknown-place' : 'unexpected';
          return error(
            code,
            `Förstod inte ${quotePart(piece.raw)}. Menade du "${miss.display}"? Skriv: ${usage}`,
            piece.raw,
            miss.isPlace ? 'place' : 'text',
          );
        }
        // A new place is taken only where the promise file allows free places (`places: open`).
        const open = promises.some((p) => p.places?.open);
        if (!open && !wasInFreeText && /^[-+−]?\d/u.test(piece.raw)) {
          // "-3", "1e9", "99999-01-01": a number that is no count, date or time, not a place to suggest.
          return error(
            'unexpected',
            `Förstod inte ${quotePart(piece.raw)}: det är inget antal, datum eller klockslag. Skriv antal som 3 st, datum som 14/3 eller 2018-03-14 och klockslag som kl 21. Inget sparades.`,
            piece.raw,
            'text',
          );
        }
        if (!open && !wasInFreeText) {
          return error(
            'unknown-place',
            `Förstod inte ${quotePart(piece.raw)}: det är ingen plats i listan.${placeHint(piece.raw, vocabulary)} Inget sparades. Skriv: ${usage}`,
            piece.raw,
            'place',
          );
        }
        const continuesFreeText = wasInFreeText || freeText.length === 0;
        if (place || !continuesFreeText || !/\p{L}/u.test(piece.raw)) return notUnderstood(piece.raw);
        freeText.push(piece.raw);
        inFreeText = true;
        break;
      }
    }
    i += piece.kind === 'skip' ? 1 : piece.consumed;
  }

  if (ctx.mode === 'plan' && !when && !base) {
    return error(
      'bad-date',
      `Ange när aktiviteten ska ske, t.ex. imorgon, fredag, 2018-03-23 eller v.14. Skriv: ${usage}`,
      undefined,
      'date',
    );
  }
  // An edit that names no date keeps the entry's, even when a plan's day has passed since.
  const day =
    base && !when
      ? ok(null)
      : resolveEntryDay(when, promises, {
          mode: ctx.mode,
          today,
          words,
          word,
          anyway,
          ...(ctx.holidayName ? { holidayName: ctx.holidayName } : {}),
        });
  if (!day.ok) return day;
  const date =
    day.value === null && base
      ? ok(base.date)
      : checkDate(day.value ?? today, when?.raw ?? null, promises, ctx, today);
  if (!date.ok) return date;

  if (activity.trigger && (count || Object.keys(figures).length > 0)) {
    const part = count?.raw;
    return error(
      'bad-count',
      `Ett behov noteras utan antal och siffror: det räknas som uppkommet en gång. Logga själva insatsen med /logga ${word} när den är gjord.`,
      part,
      'count',
    );
  }
  // A trigger is work asked for, not done: count 0 (see evaluate-conditional.ts).
  const countValue = activity.trigger ? 0 : (count?.value ?? base?.count ?? 1);
  if (!activity.trigger && !(countValue >= 1 && countValue <= MAX_COUNT)) {
    return error(
      'bad-count',
      `Antalet ${quotePart(count?.raw ?? '')} går inte: skriv ett antal mellan 1 och ${MAX_COUNT}, t.ex. 3 st.`,
      count?.raw,
      'count',
    );
  }

  // A count far above what one entry usually holds is most often a typo (500 for 5): confirm first.
  const maxCount = Math.min(...promises.map((p) => p.maxCount ?? DEFAULT_MAX_COUNT));
  if (!activity.trigger && count !== null && countValue > maxCount && !flags.confirmed) {
    return error(
      'bad-count',
      `${countValue} är ovanligt många för en rad (${word}: högst ${maxCount} utan bekräftelse). Inget sparades. Stämmer antalet? Skriv samma rad igen med ordet "bekräfta", eller dela upp det på flera rader.`,
      count?.raw,
      'count',
    );
  }

  let placeValue: string | null = place?.id ?? (freeText.length === 0 ? (base?.place ?? null) : null);
  if (freeText.length > 0) {
    const text = freeText.join(' ');
    if (text.length > MAX_PLACE)
      return error('unknown-place', `Platsen är för lång (högst ${MAX_PLACE} tecken).`, text, 'place');
    const personal = guardFreeText(text, 'place');
    if (personal) return fail(personalDataError(personal, 'place'));
    placeValue = text;
  }
  if (placeValue !== null) placeValue = resolveMember(ctx.set, placeValue, date.value);
  // What the line lacks for its promises to count: asked for, or with `ändå` stored and said so.
  const notCounted: string[] = [];
  // A noted need (a trigger) is not the work itself: it needs neither place nor partner to be noted.
  const needsPlace =
    activity.trigger || base
      ? undefined
      : promises.find((p) => p.places?.required || p.places?.fromList || memberSetOf(p, ctx.set));
  if (needsPlace && placeValue === null) {
    const prompt = placePrompt(needsPlace, ctx.set, date.value);
    const places = prompt.names.join(', ');
    if (!anyway) {
      return error(
        'unknown-place',
        `${prompt.question} ${capitalise(word)} räknas bara ${prompt.oneOf}: ${places}. Skriv t.ex. /${ctx.mode === 'log' ? 'logga' : 'planera'} ${word} ${prompt.names[0] ?? ''}. Inget sparades. (Med "ändå" sparas raden utan plats, men den räknas inte.)`,
        undefined,
        'place',
      );
    }
    notCounted.push(`ingen plats, och ${word} räknas bara ${prompt.preposition} ${places}`);
  }
  for (const promise of activity.trigger || base ? [] : promises) {
    const lacking = lackingPartners(promise, partners);
    if (lacking.length === 0) continue;
    const own = vocabulary.canonicalWord.get(promise.id) ?? promise.id;
    const anyOf = (promise.partners?.anyOf ?? []).map((id) => partnerDisplay(ctx.set, id));
    const allOf = (promise.partners?.allOf ?? []).map((id) => partnerDisplay(ctx.set, id));
    const names = lacking.map((id) => partnerDisplay(ctx.set, id));
    const needs = [
      ...(anyOf.length > 0 ? [`en samverkanspart: ${anyOf.join(', ')}`] : []),
      ...(allOf.length > 0 ? [`alla av ${allOf.join(', ')}`] : []),
    ].join(', och ');
    // All parties: the example keeps the ones already written, so following it loses none of them.
    const given = partners.map((id) => partnerDisplay(ctx.set, id));
    const example = promise.partners?.allOf ? [...new Set([...given, ...names])].join(', ') : names[0];
    const missing = promise.partners?.allOf && given.length > 0 ? ` (${names.join(', ')} saknas)` : '';
    if (!anyway) {
      return error(
        'unknown-partner',
        `Med vem? ${capitalise(own)} räknas bara tillsammans med ${needs}${missing}. Skriv t.ex. /${ctx.mode === 'log' ? 'logga' : 'planera'} ${own} med ${example}. Inget sparades. (Med "ändå" sparas raden utan part, men den räknas inte.)`,
        undefined,
        'partners',
      );
    }
    notCounted.push(
      `${promise.partners?.allOf ? `${names.join(', ')} saknas` : 'ingen samverkanspart'}, och ${own} räknas bara med ${needs.replace(/^en samverkanspart: /, '')}`,
    );
  }
  const offDay = day.value === null ? null : offDayReason(day.value, promises, words);
  if (offDay) notCounted.push(offDay);

  if (note !== null) {
    if (note.length > MAX_NOTE) {
      return error(
        'bad-note',
        `Anteckningen är för lång: ${note.length} tecken, högst ${MAX_NOTE}.`,
        undefined,
        'note',
      );
    }
    const personal = guardFreeText(note, 'note');
    if (personal) return fail(personalDataError(personal, 'note'));
  }

  return ok({
    promiseIds: activity.promiseIds,
    word,
    place: placeValue,
    date: date.value,
    dateWasGiven: when !== null,
    notCounted,
    // A plan has its day (that week's Saturday, the first working day): the reply names it.
    dateSpan: ctx.mode === 'log' ? (when?.span?.kind ?? null) : null,
    time: time?.value ?? base?.time ?? null,
    count: countValue,
    trigger: activity.trigger,
    partners: base && partners.length === 0 ? base.partners : partners,
    targetGroups: base && tags.targetGroups.length === 0 ? base.targetGroups : tags.targetGroups,
    methods: base && tags.methods.length === 0 ? base.methods : tags.methods,
    participants,
    note: note ?? base?.note ?? null,
    figures: base && Object.keys(figures).length === 0 ? base.figures : figures,
  });
}

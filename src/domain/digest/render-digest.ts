// The digest as a Reply: a title, a one-line summary, then one section per promise that needs
// action (what, by when, who, what is planned), then the ones on track, then the ones already met. `text` says the same as
// the sections, so the console and notifications read like Block Kit and Adaptive Cards.
import type { Reply, ReplyMention, ReplySection } from '../reply.ts';
import { countOf, NOUNS } from '../rules/noun.ts';
import { followUpText } from '../status/follow-up-reminders.ts';
import { formatDay, formatWeekDates, toDayNumber, weekdayOf } from '../time/index.ts';
import type { Platform } from '../types.ts';
import { type PeopleLookup, peopleText } from './people.ts';
import type { Digest, DigestAlertItem } from './types.ts';

const WEEKDAY_NAMES = ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'] as const;

export interface RenderDigestOptions {
  /** The platform the digest is posted on: decides how responsible people are mentioned. */
  platform?: Platform;
  /** The people behind role entries (`chef`, `arbetsgruppen`), looked up in the channel by the app. */
  people?: PeopleLookup;
}

export function renderDigest(digest: Digest, options: RenderDigestOptions = {}): Reply {
  const platform = options.platform ?? 'console';
  const mentions: ReplyMention[] = [];
  const people = options.people ?? new Map();
  // `responsible` names read as mentions (`@Anna Berg`); a follow-up's `by` and `to` as written.
  const who = (entries: readonly string[], atWords = true) =>
    peopleText(entries, platform, people, mentions, atWords);
  const setName = `${digest.setTitle}, ${digest.municipality}`;
  const title =
    digest.phase === 'running'
      ? `${digest.weekday && digest.weekday !== 1 ? 'Veckoöversikt' : 'Måndagsöversikt'} ${digest.week.label} — ${setName}`
      : digest.reminder
        ? `Påminnelse ${digest.week.label}: skriftlig sammanställning — ${setName}`
        : // The summary is delivered (adopted or logged): nothing left to remind of, only the outcomes.
          `Utfall ${digest.week.label} — ${setName}`;
  const sections: ReplySection[] = [];

  const intro: string[] = [];
  if (digest.postponed) {
    const day = WEEKDAY_NAMES[weekdayOf(toDayNumber(digest.today))];
    const chosen = WEEKDAY_NAMES[weekdayOf(toDayNumber(digest.postponed.from))];
    intro.push(
      `Översikten kommer på ${day} i stället för ${chosen}: ${digest.postponed.day} är ${digest.postponed.holiday}.`,
    );
  }
  if (digest.phase === 'running') intro.push(summaryLine(digest));
  if (intro.length) sections.push({ lines: intro });

  if (digest.reminder) {
    const r = digest.reminder;
    const left = r.daysLeft === 0 ? 'i dag' : r.daysLeft === 1 ? 'i morgon' : `om ${r.daysLeft} dagar`;
    const lines = [
      `Den skriftliga sammanställningen ska vara klar senast ${formatDay(r.due, true)} (${r.dueWeek.label}, ${formatWeekDates(r.dueWeek)}), ${left}.`,
      `Ta fram den med ${r.command} (som Word-fil: ${r.command} docx).`,
    ];
    if (r.responsible.length) lines.push(`Ansvariga: ${who(r.responsible)}`);
    if (r.uncommented.length) {
      const first = r.uncommented[0]!.promiseId;
      lines.push(
        `Ej uppfyllda utan kommentar: ${r.uncommented.map((u) => u.title).join(', ')}. Skriv orsaken, t.ex. /loften kommentar ${first} "kort orsak".`,
      );
    }
    sections.push({ heading: 'Skriftlig sammanställning', lines });
  }

  if (digest.followUps?.length) {
    const lines = digest.followUps.map((d) => followUpText(d, (entries) => who(entries, false)));
    sections.push({ heading: 'Uppföljning', lines });
  }

  for (const item of digest.slipping) sections.push(itemSection(item, who));

  if (digest.noted?.length) {
    // Missed and past: nothing to do this week, but the group should know (last year's miss is not here).
    const lines = digest.noted.flatMap((n) => [
      `${n.title}: ${n.line}`,
      ...n.notes.map((m) => `  ${m}`),
      ...(n.planned.length ? [`  Planerat: ${n.planned.join(', ')}`] : []),
    ]);
    sections.push({ heading: `Att känna till (${digest.noted.length})`, lines });
  }

  if (digest.onTrack.length) {
    const heading =
      digest.phase === 'running' ? `I fas (${digest.onTrack.length})` : `Utfall (${digest.onTrack.length})`;
    sections.push({ heading, lines: digest.onTrack.map((l) => `${l.title}: ${l.line}`) });
  }

  if (digest.done?.length) {
    sections.push({
      heading: `Klart (${digest.done.length})`,
      lines: digest.done.map((l) => `${l.title}: ${l.line}`),
    });
  }

  const body = sections.map((s) => [...(s.heading ? [s.heading] : []), ...s.lines].join('\n'));
  const text = [title, ...body].join('\n\n');
  return {
    ok: true,
    text,
    title,
    sections,
    visibility: 'channel',
    ...(mentions.length > 0 ? { mentions } : {}),
  };
}

function summaryLine(digest: Digest): string {
  const noted = digest.noted?.length ?? 0;
  const done = digest.done?.length ?? 0;
  const total = digest.slipping.length + digest.onTrack.length + done + noted;
  const doneText = done ? `, ${countOf(done, NOUNS.done)}` : '';
  const notedText = noted ? `, ${noted} att känna till` : '';
  if (digest.slipping.length === 0) {
    const all = total === 1 ? 'Löftet är' : `Alla ${total} löften är`;
    if (noted === 0 && done === 0) return `${all} i fas: inget behöver åtgärdas denna vecka.`;
    if (noted === 0 && done === total)
      return `${total === 1 ? 'Löftet är klart' : `${all} klara`}: inget behöver åtgärdas denna vecka.`;
    const none = total === 1 ? 'Löftet behöver ingen' : `Inget av ${total} löften behöver`;
    return `${none} åtgärd denna vecka: ${digest.onTrack.length} i fas${doneText}${notedText}.`;
  }
  const breaches = digest.slipping.filter((i) => i.severity === 'breach').length;
  const breachText = breaches ? ` (${breaches} med missad period)` : '';
  return `${digest.slipping.length} av ${countOf(total, NOUNS.promise)} behöver åtgärd denna vecka${breachText}, ${digest.onTrack.length} i fas${doneText}${notedText}.`;
}

function itemSection(item: DigestAlertItem, who: (entries: readonly string[]) => string): ReplySection {
  const mark = item.severity === 'breach' ? '⚠' : '→';
  const lines = item.alerts.map((a) => `• ${a}`);
  if (item.pace) lines.push(`Takt: ${item.pace}`);
  // The owner ("Polisen") first, then the people to act.
  const responsible = [item.owner, item.responsible.length > 0 ? who(item.responsible) : null].filter(
    (t): t is string => t !== null,
  );
  if (responsible.length > 0) {
    const label = item.owner && item.responsible.length === 0 ? 'Ansvarig' : 'Ansvariga';
    lines.push(`${label}: ${responsible.join(', ')}`);
  }
  lines.push(`Planerat: ${item.planned.length ? item.planned.join(', ') : 'inget'}`);
  return { heading: `${mark} ${item.title} — ${item.statusLine}`, lines };
}

// What the working group reads on Monday: the promises that need action this week first (breaches
// before warnings, earliest deadline first), then the ones on track and the ones already met, briefly. After the period,
// until the written summary is due, a reminder with the command that produces it.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { createWeekRef } from '../rules/timeline.ts';
import { actionable, HISTORY } from '../status/actionable-alerts.ts';
import { upcomingFollowUps } from '../status/follow-up-reminders.ts';
import { renderStatusLine } from '../status/render-status-line.ts';
import { statusWords } from '../status/status-words.ts';
import type { PromiseStatus, SetStatus } from '../status/types.ts';
import { isoWeekOf, toDayNumber, weekSerialOfDate } from '../time/index.ts';
import type { IsoDate } from '../types.ts';
import { alertText } from './alert-text.ts';
import { paceText } from './pace-text.ts';
import { silentPlacesText } from './silent-places-text.ts';
import type {
  Digest,
  DigestAlertItem,
  DigestLine,
  DigestNote,
  DigestPhase,
  DigestReminder,
} from './types.ts';

export interface ComposeDigestOptions {
  /** Monday was a public holiday: the digest comes on the next working day, and says why. */
  postponed?: { from: IsoDate; holiday: string } | null;
  /** Promises that have a comment (`/loften kommentar`): January's reminder names the unmet ones without. */
  commented?: ReadonlySet<string>;
  /** The channel's digest weekday (1 = Monday): another day's digest is titled a week's, not Monday's. */
  weekday?: number;
}

export function composeDigest(
  set: PromiseSetDef,
  status: SetStatus,
  _now: Date,
  options: ComposeDigestOptions = {},
): Digest {
  const today = status.today;
  // status.period ends at `extendedTo` when the period was extended.
  const phase: DigestPhase =
    today <= status.period.end ? 'running' : today <= set.reportDue ? 'summary-due' : 'closed';
  // The summary itself is covered by the reminder; its deadline alert would say the same twice.
  const isSummary = (ps: PromiseStatus) => ps.kind === 'deadline' && ps.due === set.reportDue;
  const summaryDone = status.promises.some((ps) => ps.kind === 'deadline' && isSummary(ps) && ps.doneDate);

  const words = statusWords(status);
  const slipping: DigestAlertItem[] = [];
  const onTrack: DigestLine[] = [];
  const done: DigestLine[] = [];
  const noted: DigestNote[] = [];
  for (const ps of status.promises) {
    const now = actionable(ps);
    const history = ps.alerts.filter((a) => HISTORY.has(a.code));
    // Slipping with no alert at all is behind pace: that is acted on now too.
    const needsAction = now.length > 0 || (!ps.ended && ps.status === 'släpar' && history.length === 0);
    if (needsAction && !(phase !== 'running' && isSummary(ps))) {
      slipping.push(alertItem(set, { ...ps, alerts: [...now, ...history] }, status));
    } else if (history.length > 0 && phase === 'running') {
      const line = renderStatusLine(ps, words);
      const planned = alertItem(set, ps, status).planned;
      noted.push({ promiseId: ps.id, title: ps.title, line, notes: history.map((a) => a.message), planned });
    } else if (phase === 'running' && ps.status === 'uppfyllt') {
      // Met while the period runs: done, not merely on track.
      done.push({ promiseId: ps.id, title: ps.title, line: renderStatusLine(ps, words) });
    } else if (phase === 'running' || !isSummary(ps)) {
      onTrack.push({ promiseId: ps.id, title: ps.title, line: renderStatusLine(ps, words) });
    }
  }
  slipping.sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'breach' ? -1 : 1) ||
      (a.by ?? '9999').localeCompare(b.by ?? '9999'),
  );

  return {
    setKey: set.key,
    setTitle: set.title,
    municipality: set.municipality,
    phase,
    today,
    week: status.currentWeek,
    // The holiday may lie in last year (a Friday nyårsafton moves the digest into January).
    postponed: options.postponed ? { ...options.postponed, day: words.day(options.postponed.from) } : null,
    ...(options.weekday && options.weekday !== 1 ? { weekday: options.weekday } : {}),
    slipping,
    onTrack,
    ...(done.length > 0 ? { done } : {}),
    ...(noted.length > 0 ? { noted } : {}),
    reminder:
      phase === 'summary-due' && !summaryDone
        ? reminderOf(set, status, options.commented ?? new Set())
        : null,
    ...followUpsOf(set, today),
  };
}

function alertItem(set: PromiseSetDef, ps: PromiseStatus, status: SetStatus): DigestAlertItem {
  const commitment = set.promises.find((c) => c.id === ps.id);
  const placeName = (id: string | null) => (id ? (set.places.find((p) => p.id === id)?.name ?? id) : null);
  const dates = ps.alerts.map((a) => a.by).filter((d): d is string => Boolean(d));
  const words = statusWords(status);
  return {
    promiseId: ps.id,
    title: ps.title,
    severity: ps.alerts.some((a) => a.severity === 'breach') ? 'breach' : 'warning',
    statusLine: renderStatusLine(ps, words),
    alerts: alertLines(commitment, ps, status),
    pace: paceText(ps),
    responsible: commitment?.responsible ?? [],
    owner: commitment?.owner ?? null,
    planned: ps.planned.map((p) => [words.day(p.date), placeName(p.place)].filter(Boolean).join(' · ')),
    by: dates.sort()[0] ?? null,
  };
}

function alertLines(commitment: CommitmentDef | undefined, ps: PromiseStatus, status: SetStatus): string[] {
  const silentPlaces = ps.alerts.filter((a) => a.code === 'silent-place');
  const words = statusWords(status);
  if (!commitment || silentPlaces.length < 2)
    return ps.alerts.map((a) => alertText(a, status.currentWeek, words));
  const lines: string[] = [];
  for (const alert of ps.alerts) {
    if (alert.code !== 'silent-place') lines.push(alertText(alert, status.currentWeek, words));
    else if (alert === silentPlaces[0]) {
      // Only the places still alerted (a planned visit silences its place).
      const alerted = ps.silentPlaces.filter((p) =>
        silentPlaces.some((a) => a.message.includes(` i ${p.name} `)),
      );
      lines.push(silentPlacesText(commitment, alerted, status.currentWeek, words));
    }
  }
  return lines;
}

function followUpsOf(set: PromiseSetDef, today: IsoDate): Pick<Digest, 'followUps'> {
  const due = upcomingFollowUps(set, today);
  return due.length > 0 ? { followUps: due } : {};
}

function reminderOf(set: PromiseSetDef, status: SetStatus, commented: ReadonlySet<string>): DigestReminder {
  const summary = set.promises.find((c) => c.rule.kind === 'deadline' && c.rule.due === set.reportDue);
  return {
    due: set.reportDue,
    dueWeek: createWeekRef(
      weekSerialOfDate(set.reportDue),
      statusWords(status).weekHasYear(isoWeekOf(set.reportDue)),
    ),
    daysLeft: toDayNumber(set.reportDue) - toDayNumber(status.today),
    // The summary covers the whole period: a one-year set names its year, a longer one none.
    command:
      set.period.start.slice(0, 4) === set.period.end.slice(0, 4)
        ? `/rapport ${set.period.start.slice(0, 4)}`
        : '/rapport',
    responsible: summary?.responsible ?? [],
    uncommented: status.promises
      .filter((ps) => ps.status === 'ej uppfyllt' && ps.id !== summary?.id && !commented.has(ps.id))
      .map((ps) => ({ promiseId: ps.id, title: ps.title })),
  };
}

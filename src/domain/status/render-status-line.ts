// The compact Swedish progress text used in replies: "11 på 11 veckor, snitt 1,0/v (mål 1/v), i fas".
import { weeksText } from '../rules/noun.ts';
import { formatDate, formatDay, formatNumber } from '../time/format-swedish.ts';
import type { PromiseStatus, WeekRef } from './types.ts';

function word(ps: PromiseStatus, ended: boolean): string {
  return ended ? ps.outcome : ps.status;
}

function nextText(ps: PromiseStatus, next: WeekRef | null | undefined): string {
  if (!next) return '';
  return `, nästa senast ${next.label} (${ps.weekend ? next.weekendDates : next.dates})`;
}

/** `7 aktiviteter, senast 12 mars` (judged promises have no number to reach). */
function activityText(ps: PromiseStatus): string {
  if (ps.count === 0) return 'inget loggat än';
  const noun = ps.count === 1 ? 'aktivitet' : 'aktiviteter';
  return `${ps.count} ${noun}${ps.lastDate ? `, senast ${formatDate(ps.lastDate)}` : ''}`;
}

export function renderStatusLine(ps: PromiseStatus): string {
  const progress = (ps.figureProgress ?? []).map(
    (f) => ` · ${f.label} ${formatNumber(f.total)} av ${formatNumber(f.target)}`,
  );
  return triggerText(ps) + renderKindLine(ps) + progress.join('');
}

/** `behov uppkom 1 juni · `: a conditional promise whose condition has arisen. */
function triggerText(ps: PromiseStatus): string {
  const triggers = ps.conditional?.triggers ?? [];
  const last = triggers.at(-1);
  if (!ps.conditional?.triggered || last === undefined) return '';
  if (triggers.length === 1) return `behov uppkom ${formatDate(last)} · `;
  return `behov uppkom ${triggers.length} gånger, senast ${formatDate(last)} · `;
}

function renderKindLine(ps: PromiseStatus): string {
  const ended = ps.ended;
  if (ps.conditional && !ps.conditional.triggered) {
    return `inte aktuellt än (${ps.conditional.trigger}) · ej aktuell`;
  }
  switch (ps.kind) {
    case 'weekly-average': {
      const done = ps.countCompleted ?? ps.count;
      const thisWeek = ps.count - done;
      if (ps.weeks.completed === 0) {
        return `${ps.count} hittills, första veckan pågår (mål ${formatNumber(ps.target)}/v), ${word(ps, ended)}`;
      }
      const extra = thisWeek > 0 && !ended ? ` + ${thisWeek} denna vecka` : '';
      const average = formatNumber(ps.average ?? 0, 1);
      return `${done} på ${weeksText(ps.weeks.completed)}${extra}, snitt ${average}/v (mål ${formatNumber(ps.target)}/v), ${word(ps, ended)}`;
    }
    case 'count': {
      if (ps.units && ps.unitsTotal === 1 && ps.units[0]) {
        // One sub-period (a one-year set counted per year) reads like a plain count.
        const only = ps.units[0];
        const target = only.target ?? ps.target;
        const left = target - only.count;
        if (left <= 0 || ended) return `${only.count} av ${target} · ${word(ps, ended)}`;
        return `${only.count} av ${target} · ${left} kvar på ${weeksText(ps.weeksLeft)} · ${ps.status}`;
      }
      if (ps.units) {
        const kept = `${ps.unitsKept} av ${ps.unitsTotal} uppfyllda`;
        if (ended || !ps.currentUnit) return `${kept} · ${word(ps, ended)}`;
        const unit = ps.currentUnit;
        return `${unit.label}: ${unit.count} av ${unit.target ?? ps.target} · ${kept} · ${ps.status}`;
      }
      const head = `${ps.count} av ${ps.target}`;
      if (ps.count >= ps.target || ended) return `${head} · ${word(ps, ended)}`;
      return `${head} · ${ps.target - ps.count} kvar på ${weeksText(ps.weeksLeft)} · ${ps.status}`;
    }
    case 'every-n-weeks':
    case 'regular': {
      if (ended) {
        const gap = ps.longestGap ? `, längsta uppehåll ${weeksText(ps.longestGap)}` : '';
        return `${ps.windowsKept} av ${ps.windowsTotal} perioder om ${weeksText(ps.target)} hölls${gap} · ${ps.outcome}`;
      }
      const last = ps.lastWeek
        ? `senast ${ps.lastWeek.label}`
        : ps.kind === 'regular'
          ? 'inget än'
          : 'ingen än';
      // Regular promises are judged on the current silence; missed windows only matter at the end.
      const broken =
        ps.kind === 'every-n-weeks' && ps.windowsBroken
          ? ` · ${ps.windowsBroken} av ${ps.windowsTotal} perioder missade`
          : '';
      return `${last}${nextText(ps, ps.nextDueWeek)}${broken} · ${ps.status}`;
    }
    case 'deadline': {
      if (ps.doneDate) return `klar ${formatDay(ps.doneDate)} · uppfyllt`;
      return `senast ${ps.due ? formatDay(ps.due, true) : '?'} · ${ps.status}`;
    }
    case 'milestone': {
      if (ps.doneDate) return `klar ${formatDay(ps.doneDate)} · uppfyllt`;
      const done = ps.target > 1 ? `${ps.count} av ${ps.target} klara · ` : '';
      return `${done}senast ${ps.due ? formatDay(ps.due, true) : '?'} · ${word(ps, ended)}`;
    }
    case 'judged': {
      const target = ps.wording ? ` (mål: ${ps.wording})` : '';
      const j = ps.judgement;
      if (!j) return `${activityText(ps)}${target} · ej bedömd`;
      const reason = j.reason ? `: "${j.reason}"` : '';
      return `${activityText(ps)}${target} · ${word(ps, ended)} (bedömt ${formatDate(j.date)}${reason})`;
    }
    case 'coverage': {
      const items = ps.coverage ?? [];
      const covered = items.filter((i) => i.covered).length;
      const head = `${covered} av ${items.length} täckta`;
      const missing =
        ps.uncovered && ps.uncovered.length > 0 ? ` · ej täckt: ${ps.uncovered.join(', ')}` : '';
      return `${head}${missing} · ${word(ps, ended)}`;
    }
  }
}

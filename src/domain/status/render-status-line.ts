// The compact Swedish progress text used in replies: "11 på 11 veckor, snitt 1,0/v (mål 1/v), i fas".
// Each kind words its own part (rules/kinds); a condition and figure targets are shared.
import { ruleModule } from '../rules/kinds/rule-kinds.ts';
import type { DateWords } from '../time/date-words.ts';
import { formatDate, formatNumber } from '../time/format-swedish.ts';
import type { PromiseStatus } from './types.ts';

/** `words`: the status's date wording (statusWords), so a date outside this year, or in a multi-year set, says its year. */
export function renderStatusLine(ps: PromiseStatus, words: DateWords): string {
  const progress = (ps.figureProgress ?? []).map(
    (f) => ` · ${f.label} ${formatNumber(f.total)} av ${formatNumber(f.target)}`,
  );
  return afterText(ps) + triggerText(ps, words) + renderKindLine(ps, words) + progress.join('');
}

/**
 * The ended years of a multi-year set beside the current year's status:
 * ` · 2019: uppfyllt (14 av 12), 2020: delvis uppfyllt (8 av 12)`; empty otherwise.
 */
export function renderYears(ps: PromiseStatus): string {
  const years = ps.years ?? [];
  if (years.length === 0) return '';
  return ` · ${years.map((y) => `${y.label}: ${y.outcome} (${y.figure})`).join(', ')}`;
}

/** `väntar på Kartläggning · ` or `efter Kartläggning (klar 3 maj 2022) · `: a promise `after` another. */
function afterText(ps: PromiseStatus): string {
  if (!ps.after) return '';
  if (ps.after.done === null) return `väntar på ${ps.after.title} · `;
  return `efter ${ps.after.title} (klar ${formatDate(ps.after.done, true)}) · `;
}

/** `behov uppkom 1 juni · `: a conditional promise whose condition has arisen. */
function triggerText(ps: PromiseStatus, words: DateWords): string {
  const triggers = ps.conditional?.triggers ?? [];
  const last = triggers.at(-1);
  if (!ps.conditional?.triggered || last === undefined) return '';
  if (triggers.length === 1) return `behov uppkom ${words.date(last)} · `;
  return `behov uppkom ${triggers.length} gånger, senast ${words.date(last)} · `;
}

function renderKindLine(ps: PromiseStatus, words: DateWords): string {
  if (ps.conditional && !ps.conditional.triggered) {
    return `inte aktuellt än (${ps.conditional.trigger}) · ej aktuell`;
  }
  return ruleModule(ps.kind).statusLine(ps, words);
}

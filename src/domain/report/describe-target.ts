// A promise's target in words, as the follow-up states it before the outcome.
import type { CommitmentDef, PromiseSetDef } from '../promise-set/schema.ts';
import { activityNoun, countOf, weeksText } from '../rules/noun.ts';
import { formatDate, formatNumber } from '../time/format-swedish.ts';
import { everyNthWeek } from './swedish-words.ts';

/** A sub-period in words after a target ("2 per månad"). */
export const PER_WORDS: Record<string, string> = {
  day: 'per dag',
  week: 'per vecka',
  month: 'per månad',
  quarter: 'per kvartal',
  tertial: 'per tertial',
  'half-year': 'per halvår',
  term: 'per termin',
  year: 'per år',
};

export function describeTarget(commitment: CommitmentDef, set: PromiseSetDef): string {
  const noun = activityNoun(commitment);
  const rule = commitment.rule;
  let text: string;
  switch (rule.kind) {
    case 'count': {
      const per = PER_WORDS[rule.per] ? ` ${PER_WORDS[rule.per]}` : ' under perioden';
      text = `minst ${countOf(rule.target, noun)}${per}`;
      break;
    }
    case 'weekly-average':
      text = `minst ${formatNumber(rule.target)} ${rule.target === 1 ? noun.one : noun.many} i snitt per vecka`;
      break;
    case 'every-n-weeks':
      text = `minst en ${noun.one} ${everyNthWeek(rule.weeks)}`;
      break;
    case 'regular':
      text = `löpande under året, aldrig ${weeksText(rule.weeks)} utan ${noun.one}`;
      break;
    case 'deadline':
      text = `klar senast ${formatDate(rule.due, true)}`;
      break;
    case 'milestone': {
      const what = rule.times > 1 ? countOf(rule.times, noun) : `en ${noun.one}`;
      text = rule.due ? `${what} senast ${formatDate(rule.due, true)}` : `${what} under perioden`;
      break;
    }
    case 'judged':
      text = rule.wording ? `${rule.wording} (bedöms av arbetsgruppen)` : 'bedöms av arbetsgruppen';
      break;
    case 'coverage': {
      const per = PER_WORDS[rule.per] ? ` ${PER_WORDS[rule.per]}` : ' under perioden';
      const times = rule.times > 1 ? `${rule.times} gånger` : 'minst en gång';
      text = `varje ${rule.events ? 'tillfälle' : 'plats'} i listan ${times}${per}`;
      break;
    }
  }
  const partners = commitment.partners?.anyOf ?? [];
  if (partners.length > 0) {
    const names = partners.map((id) => set.partners.find((p) => p.id === id)?.name ?? id);
    text += `, i samverkan med ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} eller ${names.at(-1)}`}`;
  }
  return text;
}

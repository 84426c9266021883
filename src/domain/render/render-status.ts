// `/status`: every promise with its progress line, what needs doing and what is planned ahead, grouped
// by problem area.
import { commentLine, commentsForReport, type PromiseComment } from '../comments/promise-comment.ts';
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { Reply, ReplySection } from '../reply.ts';
import { isCurrent } from '../status/actionable-alerts.ts';
import { renderStatusLine, renderYears } from '../status/render-status-line.ts';
import { statusWords } from '../status/status-words.ts';
import type { PlannedItem, SetStatus } from '../status/types.ts';
import type { DateWords } from '../time/date-words.ts';

const SHOWN_PLANS = 3;

/** `lör 7 april · Centrum, tis 10 april och 2 till` (as the digest writes a plan): what is planned from today on. */
function plannedText(set: PromiseSetDef, words: DateWords, planned: readonly PlannedItem[]): string {
  const items = planned.slice(0, SHOWN_PLANS).map((p) => {
    const place = p.place ? ` · ${set.places.find((x) => x.id === p.place)?.name ?? p.place}` : '';
    return `${words.day(p.date)}${place}`;
  });
  const more = planned.length - items.length;
  return items.join(', ') + (more > 0 ? ` och ${more} till` : '');
}

/**
 * With `comments` (shown to the working group and the chief), each promise's latest comment follows its
 * line, with how many earlier ones the report also holds.
 */
export function renderStatus(
  set: PromiseSetDef,
  status: SetStatus,
  comments: readonly PromiseComment[] = [],
): Reply {
  const words = statusWords(status);
  const title = `Status ${set.title} — ${set.municipality} (${words.week(status.currentWeek)})`;
  const sections: ReplySection[] = [];
  for (const category of [...new Set(set.promises.map((p) => p.category))]) {
    const lines: string[] = [];
    for (const ps of status.promises.filter((p) => p.category === category)) {
      lines.push(`${ps.title}: ${renderStatusLine(ps, words)}${renderYears(ps)}`);
      for (const alert of ps.alerts.filter((x) => isCurrent(ps, x)))
        lines.push(`  ${alert.severity === 'breach' ? '⚠' : '→'} ${alert.message}`);
      const ahead = plannedText(set, words, ps.planned);
      if (ahead) lines.push(`  Planerat: ${ahead}`);
      const own = commentsForReport(comments, ps.id, null);
      const latest = own.at(-1);
      if (latest) {
        const earlier = own.length > 1 ? ` (+${own.length - 1} tidigare)` : '';
        lines.push(`  Kommentar ${commentLine(latest)}${earlier}`);
      }
    }
    if (lines.length) sections.push({ heading: category, lines });
  }
  const text = [title, ...sections.flatMap((s) => [`\n${s.heading}`, ...s.lines])].join('\n');
  return { ok: true, text, title, sections, visibility: 'user', actions: [{ kind: 'share' }] };
}

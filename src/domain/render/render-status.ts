// `/status`: every promise with its progress line and what needs doing, grouped by problem area.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import type { Reply, ReplySection } from '../reply.ts';
import { renderStatusLine } from '../status/render-status-line.ts';
import type { SetStatus } from '../status/types.ts';

export function renderStatus(set: PromiseSetDef, status: SetStatus): Reply {
  const title = `Status ${set.title} — ${set.municipality} (v.${status.currentWeek.week})`;
  const sections: ReplySection[] = [];
  for (const category of [...new Set(set.promises.map((p) => p.category))]) {
    const lines: string[] = [];
    for (const ps of status.promises.filter((p) => p.category === category)) {
      lines.push(`${ps.title}: ${renderStatusLine(ps)}`);
      for (const alert of ps.alerts)
        lines.push(`  ${alert.severity === 'breach' ? '⚠' : '→'} ${alert.message}`);
    }
    if (lines.length) sections.push({ heading: category, lines });
  }
  const text = [title, ...sections.flatMap((s) => [`\n${s.heading}`, ...s.lines])].join('\n');
  return { ok: true, text, title, sections, visibility: 'user', actions: [{ kind: 'share' }] };
}

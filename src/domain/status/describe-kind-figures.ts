// Report lines for the promise kinds of issue 9: who judged and why, which members were not
// covered, how many of a milestone were delivered, and a conditional promise never triggered.
import { formatDate, formatDay } from '../time/format-swedish.ts';
import type { PromiseStatus } from './types.ts';

/** The person as the platform names them: the id's last part (`slack:T1:U1` → `U1`). */
function personOf(userId: string): string {
  return userId.split(':').at(-1) ?? userId;
}

export function describeKindFigures(ps: PromiseStatus): string[] {
  const lines: string[] = [];
  if (ps.conditional && !ps.conditional.triggered) {
    lines.push(`Ej aktuellt: ${ps.conditional.trigger} – inträffade inte under perioden`);
  } else if (ps.conditional && ps.conditional.triggers.length > 0) {
    lines.push(`${ps.conditional.trigger}: ${ps.conditional.triggers.map((d) => formatDate(d)).join(', ')}`);
  }
  switch (ps.kind) {
    case 'judged': {
      const n = ps.count;
      const last = ps.lastDate ? `, senast ${formatDate(ps.lastDate, true)}` : '';
      lines.push(
        `${n} ${n === 1 ? 'aktivitet' : 'aktiviteter'} loggade${last}${ps.wording ? ` (mål: ${ps.wording})` : ''}`,
      );
      const j = ps.judgement;
      lines.push(
        j
          ? `Bedömt ${j.status} ${formatDate(j.date, true)} av ${personOf(j.userId)}${j.reason ? `: "${j.reason}"` : ''}`
          : 'Ej bedömt av arbetsgruppen',
      );
      break;
    }
    case 'coverage': {
      const items = ps.coverage ?? [];
      lines.push(`${items.filter((i) => i.covered).length} av ${items.length} täckta`);
      if (ps.uncovered && ps.uncovered.length > 0) lines.push(`Ej täckt: ${ps.uncovered.join(', ')}`);
      break;
    }
    case 'milestone': {
      const done = ps.doneDate ? `klar ${formatDay(ps.doneDate, true)}` : 'inte klar';
      const times = ps.target > 1 ? `${ps.count} av ${ps.target}, ` : '';
      lines.push(`${times}${done}${ps.due ? ` (senast ${formatDate(ps.due, true)})` : ''}`);
      break;
    }
  }
  return lines;
}

// The report as Markdown: readable as plain text, renders as the written follow-up in any viewer.
import { commentLine } from '../../domain/comments/promise-comment.ts';
import type { PromiseReport, ReportModel } from '../../domain/report/types.ts';
import { formatDate } from '../../domain/time/index.ts';
import { perMonthText, perPlaceText } from './activity-summary.ts';

/**
 * Text from the promise file or an officer, made inert: a backslash or "<" is escaped, so a renderer
 * (a municipal site, a wiki) shows `<img …>` as written instead of making it a tag.
 */
function esc(text: string): string {
  return text.replace(/[\\<]/g, (c) => `\\${c}`);
}

function cell(text: string): string {
  return esc(text).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function promiseSection(p: PromiseReport, isPublic: boolean, period: ReportModel['period']): string[] {
  const lines = [
    `### ${esc(p.title)}`,
    '',
    `> ${esc(p.text)}`,
    '',
    `**Mål:** ${esc(p.target)}  `,
    `**Utfall:** ${esc(p.verdict)}`,
    '',
  ];
  lines.push(...p.figures.map((f) => `- ${esc(f)}`), '');
  if (p.comments?.length) {
    lines.push('**Kommentarer:**', '', ...p.comments.map((c) => `- ${esc(commentLine(c))}`), '');
  }
  if (p.activities.length === 0) {
    if (!p.thisReport) lines.push('Inga aktiviteter loggade.', '');
    return lines;
  }
  if (isPublic) {
    // For citizens: how many, where and when; never the entries themselves.
    const places = perPlaceText(p);
    const months = perMonthText(p, period);
    const counted = p.activities.filter((a) => a.counted).length;
    if (counted > 0)
      lines.push(
        `Aktiviteter: ${counted}.${places ? ` Per plats: ${esc(places)}.` : ''}${months ? ` Per månad: ${esc(months)}.` : ''}`,
        '',
      );
    return lines;
  }
  lines.push(
    ...table(
      ['Datum', 'Vecka', 'Plats', 'Samverkan', 'Antal', 'Anteckning'],
      p.activities.map((a) => {
        const extra = [
          ...Object.entries(a.figures).map(([label, n]) => `${label} ${n}`),
          ...(a.counted ? [] : [`räknas inte${a.notCounted ? `: ${a.notCounted}` : ''}`]),
          ...(a.note ? [a.note] : []),
        ];
        return [a.day, a.week, a.place ?? '', a.partners.join(', '), String(a.count), extra.join('; ')];
      }),
    ),
    '',
  );
  return lines;
}

export function renderMarkdown(model: ReportModel): string {
  const { period } = model;
  const isPublic = model.audience === 'public';
  const lines: string[] = [
    `# ${esc(model.title)}`,
    '',
    `Period ${formatDate(period.start, true)}–${formatDate(period.end, true)}. Underlaget gäller ${formatDate(model.today, true)}; den skriftliga sammanställningen ska vara klar senast ${formatDate(model.reportDue, true)}.`,
    '',
    ...(model.adopted
      ? [`**Fastställd:** ${model.adopted.day}${model.adopted.by ? ` av ${esc(model.adopted.by)}` : ''}.`, '']
      : []),
    `**Sammanfattning:** ${esc(model.summary)}`,
    '',
  ];
  if (model.problemAreas.length > 0) {
    lines.push('## Problembild', '', ...model.problemAreas.map((a) => `- ${esc(a)}`), '');
  }
  lines.push(
    '## Översikt',
    '',
    ...table(
      ['Löfte', 'Mål', 'Utfall'],
      model.promises.map((p) => [p.title, p.target, p.verdict]),
    ),
    '',
  );
  let category = '';
  for (const p of model.promises) {
    if (p.category !== category) {
      category = p.category;
      lines.push(`## ${esc(category)}`, '');
    }
    lines.push(...promiseSection(p, isPublic, model.period));
  }
  lines.push('## Totalt per plats', '');
  lines.push(
    ...table(
      ['Plats', 'Aktiviteter', 'Antal'],
      model.totals.places.map((t) => [t.name, String(t.activities), String(t.count)]),
    ),
    '',
  );
  lines.push('## Totalt per samverkanspart', '');
  lines.push(
    ...(model.totals.partners.length === 0
      ? ['Inga aktiviteter med samverkanspart.']
      : table(
          ['Samverkanspart', 'Aktiviteter', 'Antal'],
          model.totals.partners.map((t) => [t.name, String(t.activities), String(t.count)]),
        )),
    '',
  );
  if (!isPublic) lines.push('## Planerat men inte utfört', '');
  if (!isPublic)
    lines.push(
      ...(model.plannedNotDone.length === 0
        ? ['Inga planerade aktiviteter står kvar.']
        : table(
            ['Datum', 'Vecka', 'Löfte', 'Plats', 'Läge'],
            model.plannedNotDone.map((p) => [p.day, p.week, p.promise, p.place ?? '', p.state]),
          )),
      '',
    );
  if (model.contacts || model.staffing) {
    const weeks = model.contacts?.weeks ?? model.staffing?.weeks ?? [];
    const header = ['Vecka', 'Måndag'];
    if (model.contacts)
      header.push(esc(model.contacts.unit.charAt(0).toUpperCase() + model.contacts.unit.slice(1)));
    if (model.staffing) header.push(esc(model.staffing.title));
    lines.push('## Per vecka', '');
    lines.push(
      ...table(
        header,
        weeks.map((w, i) => {
          const row = [w.label, w.start];
          if (model.contacts) row.push(String(model.contacts.weeks[i]?.count ?? 0));
          if (model.staffing) {
            const s = model.staffing.weeks[i];
            row.push(s?.staffed ? 'ja' : s?.inBrokenWindow ? 'nej (glapp)' : 'nej');
          }
          return row;
        }),
      ),
      '',
    );
  }
  if (model.followUp) lines.push('## Uppföljning', '', esc(model.followUp), '');
  if (model.signatories.length > 0) {
    lines.push(
      '## Undertecknare',
      '',
      ...model.signatories.map(
        (s) =>
          `- ${esc(s.role)}${s.name ? `: ${esc(s.name)}` : ''}${s.organisation ? ` (${esc(s.organisation)})` : ''}`,
      ),
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

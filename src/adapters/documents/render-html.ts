// The follow-up as one self-contained web page, for the municipality's site or polisen.se: the public
// version of the model (see domain/report/public-report.ts), styles inline, the chart inline as SVG,
// no script and no request to anywhere. Swedish (`lang="sv"`), headings in order, figures in tables
// with captions and header cells, and every outcome written as a word beside its colour.
import type { PromiseReport, ReportModel } from '../../domain/report/types.ts';
import { typesetSwedish } from '../../domain/text/typography.ts';
import { formatDate, formatInteger, formatPeriod } from '../../domain/time/index.ts';
import { perMonthText, perPlaceText } from './activity-summary.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-spec.ts';

const OUTCOME_CLASS: Record<string, string> = {
  uppfyllt: 'uppfyllt',
  'delvis uppfyllt': 'delvis',
  'ej uppfyllt': 'ej',
  'ej aktuell': 'neutral',
  'ej bedömd': 'neutral',
};

const STYLE = `
:root{color-scheme:light;--ink:#1b1b1b;--muted:#4a4a4a;--line:#c8c8c8;--head:#e8eef6}
*{box-sizing:border-box}
body{margin:0;font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
.sida{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 3rem}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.45rem;margin:2.25rem 0 .75rem;border-bottom:2px solid var(--head);padding-bottom:.25rem}
h3{font-size:1.2rem;margin:1.75rem 0 .5rem}
h4{font-size:1.05rem;margin:1.5rem 0 .25rem}
p{margin:.4rem 0}
.ingress{color:var(--muted)}
table{border-collapse:collapse;width:100%;margin:.75rem 0 1.25rem;font-size:.97rem}
caption{text-align:left;font-weight:600;padding:.25rem 0}
th,td{border:1px solid var(--line);padding:.4rem .55rem;text-align:left;vertical-align:top}
thead th{background:var(--head)}
td.tal,th.tal{text-align:right;font-variant-numeric:tabular-nums}
.utfall{display:inline-block;font-weight:700;padding:.1rem .5rem;border-radius:.25rem;border:1px solid #0003;white-space:nowrap}
.utfall.uppfyllt{background:#c6efce;color:#0b3d17}
.utfall.delvis{background:#ffeb9c;color:#4a3b00}
.utfall.ej{background:#ffc7ce;color:#5c0b14}
.utfall.neutral{background:#e7e6e6;color:#2b2b2b}
.utfall.pagar{background:#ddebf7;color:#10324f}
blockquote{margin:.5rem 0;padding:.25rem 0 .25rem 1rem;border-left:4px solid var(--head);font-style:italic}
figure{margin:1rem 0}
figure svg{width:100%;height:auto;display:block}
figcaption{color:var(--muted);font-size:.95rem}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem .9rem;margin:.5rem 0}
dt{font-weight:600}dd{margin:0}
footer{margin-top:3rem;color:var(--muted);font-size:.9rem;border-top:1px solid var(--line);padding-top:.75rem}
@media print{.sida{max-width:none;padding:0}details{display:none}}
`;

function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Typeset and escaped: every text the page prints goes through here. */
function t(text: string): string {
  return esc(typesetSwedish(text));
}

function outcomeBadge(p: PromiseReport): string {
  const cls = p.final ? (OUTCOME_CLASS[p.outcome] ?? 'neutral') : 'pagar';
  return `<span class="utfall ${cls}">${t(p.verdict)}</span>`;
}

function table(caption: string, header: string[], rows: string[][], numeric: number[] = []): string {
  const th = header
    .map((h, i) => `<th scope="col"${numeric.includes(i) ? ' class="tal"' : ''}>${t(h)}</th>`)
    .join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((c, i) =>
            i === 0
              ? `<th scope="row">${t(c)}</th>`
              : `<td${numeric.includes(i) ? ' class="tal"' : ''}>${t(c)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${t(caption)}</caption>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function overview(model: ReportModel): string {
  const rows = model.promises
    .map(
      (p) =>
        `<tr><th scope="row">${t(p.title)}</th><td>${t(p.target)}</td><td>${t(p.figures[0] ?? '')}</td><td>${outcomeBadge(p)}</td></tr>`,
    )
    .join('\n');
  return `<table>
<caption>Varje löfte med mål, siffror och utfall</caption>
<thead><tr><th scope="col">Löfte</th><th scope="col">Mål</th><th scope="col">Siffror</th><th scope="col">Utfall</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

function promiseSection(p: PromiseReport, period: ReportModel['period']): string {
  const parts = [
    `<h4 id="lofte-${esc(p.id)}">${t(p.title)}</h4>`,
    `<blockquote>${t(p.text)}</blockquote>`,
    '<dl>',
    `<dt>Mål</dt><dd>${t(p.target)}</dd>`,
    `<dt>Utfall</dt><dd>${outcomeBadge(p)}</dd>`,
    '</dl>',
  ];
  if (p.figures.length > 0) parts.push(`<ul>${p.figures.map((f) => `<li>${t(f)}</li>`).join('')}</ul>`);
  const counted = p.activities.filter((a) => a.counted).length;
  if (counted > 0) {
    const places = perPlaceText(p);
    const months = perMonthText(p, period);
    parts.push(
      `<p>Aktiviteter: ${t(formatInteger(counted))}.${places ? ` Per plats: ${t(places)}.` : ''}${months ? ` Per månad: ${t(months)}.` : ''}</p>`,
    );
  }
  return parts.join('\n');
}

/** The chart as inline SVG, labelled for screen readers, with no namespace URLs (HTML needs none). */
function chart(model: ReportModel, svg: string | null): string {
  if (!svg || !model.contacts) return '';
  const inline = svg
    .replace(/\s+xmlns(:\w+)?="[^"]*"/g, '')
    .replace(/\s+xlink:href=/g, ' href=')
    .replace(
      /^<svg /,
      `<svg viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" role="img" aria-labelledby="diagram-titel" focusable="false" `,
    )
    .replace(/^(<svg[^>]*>)/, '$1<title id="diagram-titel">Diagram: medborgarkontakter per vecka</title>');
  const c = model.contacts;
  const rows = c.weeks.map((w) => [w.label, w.monday, formatInteger(w.count)]);
  return `<section aria-labelledby="per-vecka">
<h2 id="per-vecka">${t(capitalise(c.unit))} per vecka</h2>
<figure>
${inline}
<figcaption>${t(`Staplarna visar ${c.unit} per vecka; den streckade linjen är målet, ${String(c.target).replace('.', ',')} per vecka.`)}</figcaption>
</figure>
<details>
<summary>Siffrorna i diagrammet som tabell</summary>
${table(`${capitalise(c.unit)} per vecka`, ['Vecka', 'Måndag', 'Antal'], rows, [2])}
</details>
</section>`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function renderHtml(model: ReportModel, chartSvg: string | null): string {
  const body: string[] = [
    '<header>',
    `<h1>${t(model.title)}</h1>`,
    ...(model.scope ? [`<p><strong>${t(model.scope.heading)}</strong></p>`] : []),
    `<p class="ingress">${t(`Period ${formatPeriod(model.period.start, model.period.end)}. Underlaget gäller ${formatDate(model.today, true)}.`)}</p>`,
    ...(model.adopted ? [`<p>${t(`Fastställd ${model.adopted.day}.`)}</p>`] : []),
    '</header>',
    '<main>',
    '<section aria-labelledby="sammanfattning">',
    '<h2 id="sammanfattning">Sammanfattning</h2>',
    `<p>${t(model.summary)}</p>`,
    '</section>',
  ];
  if (model.problemAreas.length > 0) {
    body.push(
      '<section aria-labelledby="problembild">',
      '<h2 id="problembild">Problembild</h2>',
      `<ul>${model.problemAreas.map((a) => `<li>${t(a)}</li>`).join('')}</ul>`,
      '</section>',
    );
  }
  body.push(
    '<section aria-labelledby="oversikt">',
    '<h2 id="oversikt">Översikt</h2>',
    overview(model),
    '</section>',
  );
  const drawn = chart(model, chartSvg);
  if (drawn) body.push(drawn);
  body.push('<section aria-labelledby="loftena">', '<h2 id="loftena">Löftena</h2>');
  let category = '';
  for (const p of model.promises) {
    if (p.category !== category) {
      category = p.category;
      body.push(`<h3>${t(category)}</h3>`);
    }
    body.push(promiseSection(p, model.period));
  }
  body.push('</section>');
  if (model.totals.places.length > 0) {
    body.push(
      '<section aria-labelledby="per-plats">',
      '<h2 id="per-plats">Per plats</h2>',
      table(
        'Aktiviteter och antal per plats',
        ['Plats', 'Aktiviteter', 'Antal'],
        model.totals.places.map((x) => [x.name, formatInteger(x.activities), formatInteger(x.count)]),
        [1, 2],
      ),
      '</section>',
    );
  }
  if (model.totals.partners.length > 0) {
    body.push(
      '<section aria-labelledby="per-part">',
      '<h2 id="per-part">Per samverkanspart</h2>',
      table(
        'Aktiviteter och antal per samverkanspart',
        ['Samverkanspart', 'Aktiviteter', 'Antal'],
        model.totals.partners.map((x) => [x.name, formatInteger(x.activities), formatInteger(x.count)]),
        [1, 2],
      ),
      '</section>',
    );
  }
  if (model.followUp) {
    body.push(
      '<section aria-labelledby="uppfoljning">',
      '<h2 id="uppfoljning">Så följs löftena upp</h2>',
      `<p>${t(model.followUp)}</p>`,
      '</section>',
    );
  }
  if (model.signatories.length > 0) {
    body.push(
      '<section aria-labelledby="bakom">',
      '<h2 id="bakom">Bakom löftena</h2>',
      `<ul>${model.signatories.map((s) => `<li>${t([s.role, s.organisation].filter(Boolean).join(', '))}</li>`).join('')}</ul>`,
      '</section>',
    );
  }
  body.push(
    '</main>',
    `<footer><p>${t(`${model.municipality} och ${model.policeArea}. Sammanställt ${formatDate(model.today, true)}.`)}</p></footer>`,
  );
  return `<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${t(model.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="sida">
${body.join('\n')}
</div>
</body>
</html>
`;
}

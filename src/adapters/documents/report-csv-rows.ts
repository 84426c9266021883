// The report as table rows: one per activity per promise, then summary rows (each promise's
// outcome, plans not carried out, totals per place and partner, the weekly series of the chart).
// The column `typ` says which kind a row is, so a spreadsheet can filter on it.
import type { ReportActivity, ReportModel } from '../../domain/report/types.ts';
import { countOf, NOUNS } from '../../domain/rules/noun.ts';
import { csvNumber } from './csv.ts';

export const CSV_HEADER = [
  'typ',
  'löfte_id',
  'löfte',
  'mål',
  'utfall',
  'datum',
  'vecka',
  'plats',
  'samverkan',
  'antal',
  'deltagare',
  'räknas',
  'resultat',
  'anteckning',
] as const;

type Row = Record<(typeof CSV_HEADER)[number], string>;

const activitiesText = (n: number): string => countOf(n, NOUNS.activity);

const empty = (): Row => Object.fromEntries(CSV_HEADER.map((h) => [h, ''])) as Row;

function activityRow(promiseId: string, title: string, a: ReportActivity): Row {
  return {
    ...empty(),
    typ: 'aktivitet',
    löfte_id: promiseId,
    löfte: title,
    datum: a.date,
    vecka: a.week,
    plats: a.place ?? '',
    samverkan: a.partners.join(', '),
    antal: csvNumber(a.count),
    deltagare: csvNumber(a.participants),
    räknas: a.counted ? 'ja' : 'nej',
    resultat: Object.entries(a.figures)
      .map(([label, n]) => `${label} ${csvNumber(n)}`)
      .join(', '),
    anteckning: a.note ?? '',
  };
}

export function reportCsvRows(model: ReportModel): string[][] {
  const rows: Row[] = [];
  for (const p of model.promises) {
    for (const a of p.activities) rows.push(activityRow(p.id, p.title, a));
  }
  for (const p of model.promises) {
    rows.push({
      ...empty(),
      typ: 'löfte',
      löfte_id: p.id,
      löfte: p.title,
      mål: p.target,
      utfall: p.verdict,
      antal: csvNumber(p.count),
      resultat: Object.entries(p.figureTotals)
        .map(([label, n]) => `${label} ${csvNumber(n)}`)
        .join(', '),
      anteckning: p.figures.join('; '),
    });
  }
  for (const p of model.promises) {
    for (const c of p.comments ?? []) {
      rows.push({
        ...empty(),
        typ: 'kommentar',
        löfte_id: p.id,
        löfte: p.title,
        datum: c.date,
        anteckning: `${c.by}${c.part ? ` (${c.part})` : ''}: ${c.text}`,
      });
    }
  }
  for (const plan of model.plannedNotDone) {
    rows.push({
      ...empty(),
      typ: 'planerad',
      löfte_id: plan.promiseId,
      löfte: plan.promise,
      utfall: plan.state,
      datum: plan.date,
      vecka: plan.week,
      plats: plan.place ?? '',
    });
  }
  for (const t of model.totals.places) {
    rows.push({
      ...empty(),
      typ: 'plats',
      plats: t.name,
      antal: csvNumber(t.count),
      anteckning: activitiesText(t.activities),
    });
  }
  for (const t of model.totals.partners) {
    rows.push({
      ...empty(),
      typ: 'samverkan',
      samverkan: t.name,
      antal: csvNumber(t.count),
      anteckning: activitiesText(t.activities),
    });
  }
  if (model.contacts) {
    for (const w of model.contacts.weeks) {
      rows.push({
        ...empty(),
        typ: 'vecka',
        löfte_id: model.contacts.promiseId,
        löfte: model.contacts.title,
        datum: w.start,
        vecka: w.label,
        antal: csvNumber(w.count),
      });
    }
  }
  if (model.staffing) {
    for (const w of model.staffing.weeks) {
      rows.push({
        ...empty(),
        typ: 'vecka',
        löfte_id: model.staffing.promiseId,
        löfte: model.staffing.title,
        utfall: w.staffed ? 'bemannad' : w.inBrokenWindow ? 'glapp' : '',
        datum: w.start,
        vecka: w.label,
        antal: csvNumber(w.count),
      });
    }
  }
  return [[...CSV_HEADER], ...rows.map((r) => CSV_HEADER.map((h) => r[h]))];
}

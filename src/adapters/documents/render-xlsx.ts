// The report as an Excel workbook: an overview (one row a promise with its target, outcome and
// figures), every activity, and the counted activities per ISO week and promise. Numbers and dates are
// real cells, so Excel sums, filters and formats them in the reader's own locale.
// write-excel-file: small, maintained, pure JavaScript (no install script), one dependency (fflate).
import writeXlsxFile, { type Row, type Sheet } from 'write-excel-file/node';
import { commentLine } from '../../domain/comments/promise-comment.ts';
import type { ReportModel } from '../../domain/report/types.ts';
import { isoWeekOf, weekFromSerial, weekKey, weekSerialOfDate, weekStart } from '../../domain/time/index.ts';

type Cell = Row[number];

const DATE_FORMAT = 'yyyy-mm-dd';

const header = (titles: string[]): Row =>
  titles.map((value) => ({ value, fontWeight: 'bold' as const, backgroundColor: '#DCE6F1' }));

const text = (value: string | null | undefined): Cell => (value ? { value, type: String } : null);
const num = (value: number): Cell => ({ value, type: Number });
const date = (iso: string): Cell => ({
  value: new Date(`${iso}T00:00:00Z`),
  type: Date,
  format: DATE_FORMAT,
});

function overview(model: ReportModel): Sheet<Buffer> {
  const rows: Row[] = [
    header(['Löfte', 'Kategori', 'Mål', 'Utfall', 'Antal', 'Siffror', 'Kommentarer']),
    ...model.promises.map(
      (p): Row => [
        text(p.title),
        text(p.category),
        text(p.target),
        text(p.verdict),
        num(p.count),
        text(p.figures.join('\n')),
        text((p.comments ?? []).map(commentLine).join('\n')),
      ],
    ),
  ];
  return {
    sheet: 'Översikt',
    data: rows,
    columns: [
      { width: 40 },
      { width: 22 },
      { width: 40 },
      { width: 28 },
      { width: 8 },
      { width: 60 },
      { width: 60 },
    ],
    stickyRowsCount: 1,
  };
}

function activities(model: ReportModel): Sheet<Buffer> {
  const rows: Row[] = [
    header([
      'Löfte',
      'Datum',
      'Vecka',
      'Plats',
      'Samverkan',
      'Antal',
      'Deltagare',
      'Räknas',
      'Resultat',
      'Anteckning',
    ]),
  ];
  for (const p of model.promises) {
    for (const a of p.activities) {
      rows.push([
        text(p.title),
        date(a.date),
        text(a.week),
        text(a.place),
        text(a.partners.join(', ')),
        num(a.count),
        num(a.participants),
        text(a.counted ? 'ja' : 'nej'),
        text(
          Object.entries(a.figures)
            .map(([label, n]) => `${label} ${n}`)
            .join(', '),
        ),
        text(a.note),
      ]);
    }
  }
  return {
    sheet: 'Aktiviteter',
    data: rows,
    columns: [
      { width: 40 },
      { width: 12 },
      { width: 7 },
      { width: 18 },
      { width: 24 },
      { width: 7 },
      { width: 9 },
      { width: 8 },
      { width: 30 },
      { width: 50 },
    ],
    stickyRowsCount: 1,
  };
}

/**
 * Counted activities (their counts summed) per ISO week, one column a promise. The weeks run from the
 * week of the first reported day to that of the last, so 31 December 2018 appears (in v.1 2019) as it
 * counts: by its date.
 */
function weeks(model: ReportModel): Sheet<Buffer> {
  const perPromise = model.promises.map((p) => {
    const byWeek = new Map<string, number>();
    for (const a of p.activities) {
      if (!a.counted) continue;
      const key = weekKey(isoWeekOf(a.date));
      byWeek.set(key, (byWeek.get(key) ?? 0) + a.count);
    }
    return byWeek;
  });
  const rows: Row[] = [header(['Vecka', 'Måndag', ...model.promises.map((p) => p.title)])];
  const last = weekSerialOfDate(model.period.end);
  for (let serial = weekSerialOfDate(model.period.start); serial <= last; serial++) {
    const week = weekFromSerial(serial);
    const key = weekKey(week);
    rows.push([
      text(`v.${week.week} ${week.year}`),
      date(weekStart(week)),
      ...perPromise.map((byWeek) => num(byWeek.get(key) ?? 0)),
    ]);
  }
  return {
    sheet: 'Veckor',
    data: rows,
    columns: [{ width: 11 }, { width: 12 }, ...model.promises.map(() => ({ width: 18 }))],
    stickyRowsCount: 1,
    stickyColumnsCount: 1,
  };
}

export async function renderXlsx(model: ReportModel): Promise<Uint8Array> {
  const buffer = await writeXlsxFile([overview(model), activities(model), weeks(model)]).toBuffer();
  return new Uint8Array(buffer);
}

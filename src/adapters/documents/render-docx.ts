// The report as Word, laid out as the written follow-up the promise document asks for: the title,
// the problem areas, an overview, one section per promise with its outcome and figures and the
// activities behind them, the chart, totals, plans not carried out, and the signatories' roles.

import { commentLine } from '../../domain/comments/promise-comment.ts';
import type { PromiseReport, ReportModel } from '../../domain/report/types.ts';
import { formatDate } from '../../domain/time/index.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-spec.ts';
import { type DocxNode, docx } from './docx-lib.ts';

const {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} = docx;
type Paragraph = DocxNode;
type Table = DocxNode;

const FONT = 'Calibri';

function heading(text: string, level: string): Paragraph {
  return new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
}

function para(text: string, options: { bold?: boolean; italics?: boolean } = {}): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, ...options })], spacing: { after: 80 } });
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(text)],
    spacing: { after: 80 },
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text, bullet: { level: 0 } });
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold: boolean) =>
    new TableRow({
      tableHeader: bold,
      children: cells.map(
        (c) =>
          new TableCell({
            children: [new Paragraph({ children: [new TextRun({ text: c, bold, size: 18 })] })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((r) => row(r, false))],
  });
}

function promiseSection(p: PromiseReport): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    heading(p.title, HeadingLevel.HEADING_3),
    para(p.text, { italics: true }),
    labelled('Mål:', p.target),
    labelled('Utfall:', p.verdict),
    ...p.figures.map(bullet),
  ];
  if (p.comments?.length) {
    out.push(
      para('Kommentarer:', { bold: true }),
      ...p.comments.map((c) => para(commentLine(c), { italics: true })),
    );
  }
  if (p.activities.length === 0) {
    out.push(para('Inga aktiviteter loggade.'));
  } else {
    // One compact line per activity rather than a table row: Word tables of thousands of rows
    // are slow to build and to open, and a line reads as well in the follow-up.
    out.push(para(`Aktiviteter (${p.activities.length}):`, { bold: true }));
    for (const a of p.activities) {
      const parts = [
        `${a.day} (${a.week})`,
        a.place,
        a.partners.length > 0 ? `med ${a.partners.join(', ')}` : null,
        `${a.count} st`,
        ...Object.entries(a.figures).map(([label, n]) => `${label} ${n}`),
        a.counted ? null : 'räknas inte',
        a.note,
      ];
      out.push(
        new Paragraph({
          children: [new TextRun({ text: parts.filter((x): x is string => !!x).join(' · '), size: 18 })],
          indent: { left: 240 },
        }),
      );
    }
  }
  return out;
}

export async function renderDocx(model: ReportModel, chartPng: Uint8Array | null): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: model.title, heading: HeadingLevel.TITLE, spacing: { after: 240 } }),
    para(
      `Period ${formatDate(model.period.start, true)}–${formatDate(model.period.end, true)}. Underlaget gäller ${formatDate(model.today, true)}. Skriftlig sammanställning senast ${formatDate(model.reportDue, true)}.`,
    ),
    labelled('Sammanfattning:', model.summary),
  ];
  if (model.problemAreas.length > 0) {
    children.push(heading('Problembild', HeadingLevel.HEADING_1), ...model.problemAreas.map(bullet));
  }
  children.push(
    heading('Översikt', HeadingLevel.HEADING_1),
    table(
      ['Löfte', 'Mål', 'Utfall'],
      model.promises.map((p) => [p.title, p.target, p.verdict]),
    ),
  );
  if (chartPng) {
    const width = 620;
    children.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 240, after: 240 },
        children: [
          new ImageRun({
            type: 'png',
            data: chartPng,
            transformation: { width, height: Math.round((width * CHART_HEIGHT) / CHART_WIDTH) },
            altText: {
              name: 'Diagram',
              title: 'Medborgarkontakter per vecka',
              description:
                'Medborgarkontakter per vecka med målet som linje och de bemannade helgerna som remsa',
            },
          }),
        ],
      }),
    );
  }
  children.push(heading('Löftena', HeadingLevel.HEADING_1));
  let category = '';
  for (const p of model.promises) {
    if (p.category !== category) {
      category = p.category;
      children.push(heading(category, HeadingLevel.HEADING_2));
    }
    children.push(...promiseSection(p));
  }
  children.push(heading('Totalt per plats', HeadingLevel.HEADING_1));
  children.push(
    table(
      ['Plats', 'Aktiviteter', 'Antal'],
      model.totals.places.map((t) => [t.name, String(t.activities), String(t.count)]),
    ),
  );
  children.push(heading('Totalt per samverkanspart', HeadingLevel.HEADING_1));
  children.push(
    model.totals.partners.length === 0
      ? para('Inga aktiviteter med samverkanspart.')
      : table(
          ['Samverkanspart', 'Aktiviteter', 'Antal'],
          model.totals.partners.map((t) => [t.name, String(t.activities), String(t.count)]),
        ),
  );
  children.push(heading('Planerat men inte utfört', HeadingLevel.HEADING_1));
  children.push(
    model.plannedNotDone.length === 0
      ? para('Inga planerade aktiviteter står kvar.')
      : table(
          ['Datum', 'Vecka', 'Löfte', 'Plats', 'Läge'],
          model.plannedNotDone.map((p) => [p.day, p.week, p.promise, p.place ?? '', p.state]),
        ),
  );
  if (model.followUp) children.push(heading('Uppföljning', HeadingLevel.HEADING_1), para(model.followUp));
  if (model.signatories.length > 0) {
    children.push(heading('Undertecknare', HeadingLevel.HEADING_1));
    for (const s of model.signatories) {
      children.push(
        new Paragraph({
          spacing: { before: 480 },
          children: [new TextRun('______________________________')],
        }),
        para(s.role, { bold: true }),
        ...(s.name ? [para(s.name)] : []),
      );
    }
  }
  const doc = new Document({
    creator: 'Löftesbot',
    title: model.title,
    description: `Uppföljning ${model.setKey}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

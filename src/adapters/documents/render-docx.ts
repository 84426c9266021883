// The report as Word, laid out as the board document the promise asks for: a header and a footer on
// every page (municipality, title, date, `sida X av Y`), the problem areas, an overview with each
// promise's figures and outcome (a coloured cell that also says the word), one section per promise with
// its outcome, figures, comments and its activities summarised per place and per month, the chart,
// totals, plans not carried out, a signature block with place and date lines for each signatory, and
// every activity listed in an appendix.

import { commentLine } from '../../domain/comments/promise-comment.ts';
import { adoptionLine } from '../../domain/report/adoption.ts';
import type { PromiseReport, ReportModel } from '../../domain/report/types.ts';
import { typesetSwedish } from '../../domain/text/typography.ts';
import { formatDate, formatInteger, formatPeriod, formatPeriodYears } from '../../domain/time/index.ts';
import { perMonthText, perPlaceText } from './activity-summary.ts';
import { CHART_HEIGHT, CHART_WIDTH } from './chart-spec.ts';
import { type DocxNode, docx } from './docx-lib.ts';

const {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} = docx;
type Paragraph = DocxNode;
type Table = DocxNode;

const FONT = 'Calibri';
/** Header and footer text, in half-points (9 pt); the page number is never smaller. */
const FOOTER_SIZE = 18;
const FOOTER_STYLE = 'LoftesbotSidfot';
/** Right edge of the text on an A4 page with docx's default margins, in twentieths of a point. */
const RIGHT_TAB = 9026;

/** The outcome's cell colour (light, so the black word on it stays readable); the word is always there. */
const OUTCOME_FILL: Record<string, string> = {
  uppfyllt: 'C6EFCE',
  'delvis uppfyllt': 'FFEB9C',
  'ej uppfyllt': 'FFC7CE',
  'ej aktuell': 'E7E6E6',
  'ej bedömd': 'E7E6E6',
};

function outcomeFill(p: PromiseReport): string {
  return p.final ? (OUTCOME_FILL[p.outcome] ?? 'DDEBF7') : 'DDEBF7';
}

function heading(text: string, level: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({
    text: typesetSwedish(text),
    heading: level,
    spacing: { before: 240, after: 120 },
    pageBreakBefore,
  });
}

function para(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: typesetSwedish(text), ...options })],
    spacing: { after: 80 },
  });
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(typesetSwedish(text))],
    spacing: { after: 80 },
  });
}

function bullet(text: string): Paragraph {
  return new Paragraph({ text: typesetSwedish(text), bullet: { level: 0 } });
}

function cell(text: string, options: { bold?: boolean; fill?: string } = {}): DocxNode {
  return new TableCell({
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    children: [
      new Paragraph({
        children: [new TextRun({ text: typesetSwedish(text), bold: options.bold ?? false, size: 18 })],
      }),
    ],
  });
}

function table(header: string[], rows: string[][]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: header.map((h) => cell(h, { bold: true, fill: 'DCE6F1' })),
      }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c)) })),
    ],
  });
}

/** One row a promise: its title, target, the figures behind the outcome, and the outcome coloured. */
function overviewTable(model: ReportModel): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        children: ['Löfte', 'Mål', 'Siffror', 'Utfall'].map((h) => cell(h, { bold: true, fill: 'DCE6F1' })),
      }),
      ...model.promises.map(
        (p) =>
          new TableRow({
            children: [
              cell(p.title),
              cell(p.target),
              cell(p.figures[0] ?? ''),
              cell(p.verdict, { bold: true, fill: outcomeFill(p) }),
            ],
          }),
      ),
    ],
  });
}

function activityLine(a: PromiseReport['activities'][number]): string {
  const parts = [
    `${a.day} (${a.week})`,
    a.place,
    a.partners.length > 0 ? `med ${a.partners.join(', ')}` : null,
    `${formatInteger(a.count)} st`,
    ...Object.entries(a.figures).map(([label, n]) => `${label} ${formatInteger(n)}`),
    a.counted ? null : `räknas inte${a.notCounted ? `: ${a.notCounted}` : ''}`,
    a.note,
  ];
  return parts.filter((x): x is string => !!x).join(' · ');
}

function promiseSection(p: PromiseReport, period: ReportModel['period']): (Paragraph | Table)[] {
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
  const places = perPlaceText(p);
  const months = perMonthText(p, period);
  if (p.activities.length === 0) {
    if (!p.thisReport) out.push(para('Inga aktiviteter loggade.'));
  } else {
    out.push(
      labelled(
        'Aktiviteter:',
        `${formatInteger(p.activities.length)} (förtecknade i bilagan)${places ? `. Per plats: ${places}` : ''}${months ? `. Per månad: ${months}` : ''}.`,
      ),
    );
  }
  return out;
}

/** The full list of activities, one compact line each (a table of thousands of rows is slow to open). */
function appendix(model: ReportModel): Paragraph[] {
  const out: Paragraph[] = [heading('Bilaga: Aktiviteter', HeadingLevel.HEADING_1, true)];
  for (const p of model.promises) {
    if (p.activities.length === 0) continue;
    out.push(heading(`${p.title} (${formatInteger(p.activities.length)})`, HeadingLevel.HEADING_3));
    for (const a of p.activities) {
      out.push(
        new Paragraph({
          children: [new TextRun({ text: typesetSwedish(activityLine(a)), size: 18 })],
          indent: { left: 240 },
        }),
      );
    }
  }
  if (out.length === 1) out.push(para('Inga aktiviteter loggade.'));
  return out;
}

function signatureBlock(model: ReportModel): Paragraph[] {
  const out: Paragraph[] = [heading('Undertecknare', HeadingLevel.HEADING_1)];
  for (const s of model.signatories) {
    out.push(
      new Paragraph({
        spacing: { before: 480, after: 120 },
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        children: [new TextRun('Ort: ____________________'), new TextRun('\tDatum: ____________________')],
      }),
      new Paragraph({ spacing: { before: 480 }, children: [new TextRun('______________________________')] }),
      para(s.role, { bold: true }),
      ...(s.name ? [para(s.name)] : []),
      ...(s.organisation ? [para(s.organisation)] : []),
    );
  }
  return out;
}

function pageHeader(model: ReportModel): DocxNode {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        children: [
          new TextRun({
            text: `${model.municipality} · ${model.policeArea}`,
            size: FOOTER_SIZE,
            color: '595959',
          }),
          new TextRun({
            text: `\t${typesetSwedish(formatDate(model.today, true))}`,
            size: FOOTER_SIZE,
            color: '595959',
          }),
        ],
      }),
    ],
  });
}

function pageFooter(model: ReportModel): DocxNode {
  const short = model.scope
    ? `Uppföljning ${model.scope.label}`
    : `Uppföljning av medborgarlöfte ${formatPeriodYears(model.period.start, model.period.end)}`;
  return new Footer({
    children: [
      new Paragraph({
        // The style sizes the page number fields too: a viewer that fills them in uses the paragraph's size.
        style: FOOTER_STYLE,
        tabStops: [{ type: TabStopType.RIGHT, position: RIGHT_TAB }],
        children: [
          new TextRun({
            text: typesetSwedish(`${short} — ${model.municipality}`),
            size: FOOTER_SIZE,
            color: '595959',
          }),
          // The page number as large as the footer's text and darker, at the right margin.
          new TextRun({
            children: ['\tsida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES],
            size: FOOTER_SIZE,
            color: '262626',
          }),
        ],
      }),
    ],
  });
}

export async function renderDocx(model: ReportModel, chartPng: Uint8Array | null): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      text: typesetSwedish(model.title),
      heading: HeadingLevel.TITLE,
      spacing: { after: 240 },
    }),
    ...(model.scope ? [para(model.scope.heading, { bold: true })] : []),
    para(
      `Period ${formatPeriod(model.period.start, model.period.end)}. Underlaget gäller ${formatDate(model.today, true)}. Skriftlig sammanställning senast ${formatDate(model.reportDue, true)}.`,
    ),
    ...(model.adopted ? [para(adoptionLine(model.adopted), { bold: true })] : []),
    labelled('Sammanfattning:', model.summary),
  ];
  if (model.problemAreas.length > 0) {
    children.push(heading('Problembild', HeadingLevel.HEADING_1), ...model.problemAreas.map(bullet));
  }
  children.push(heading('Översikt', HeadingLevel.HEADING_1), overviewTable(model));
  if (chartPng) {
    const width = 600;
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
    children.push(...promiseSection(p, model.period));
  }
  children.push(heading('Totalt per plats', HeadingLevel.HEADING_1));
  children.push(
    model.totals.places.length === 0
      ? para('Inga aktiviteter med plats.')
      : table(
          ['Plats', 'Aktiviteter', 'Antal'],
          model.totals.places.map((t) => [t.name, formatInteger(t.activities), formatInteger(t.count)]),
        ),
  );
  children.push(heading('Totalt per samverkanspart', HeadingLevel.HEADING_1));
  children.push(
    model.totals.partners.length === 0
      ? para('Inga aktiviteter med samverkanspart.')
      : table(
          ['Samverkanspart', 'Aktiviteter', 'Antal'],
          model.totals.partners.map((t) => [t.name, formatInteger(t.activities), formatInteger(t.count)]),
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
  if (model.signatories.length > 0) children.push(...signatureBlock(model));
  children.push(...appendix(model));
  const doc = new Document({
    creator: 'Löftesbot',
    title: model.title,
    description: `Uppföljning ${model.setKey}`,
    styles: {
      default: { document: { run: { font: FONT, size: 22 } } },
      paragraphStyles: [
        {
          id: FOOTER_STYLE,
          name: 'Sidfot Löftesbot',
          basedOn: 'Normal',
          run: { size: FOOTER_SIZE, color: '262626' },
        },
      ],
    },
    sections: [
      { headers: { default: pageHeader(model) }, footers: { default: pageFooter(model) }, children },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

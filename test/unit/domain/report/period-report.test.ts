// A report on part of the period covers that part only: its activities and counts, targets that
// hold inside it judged on it, a count for the whole year as a pro-rata share, deliverables and
// judged work as they stood at the part's end. Every number below is worked out by hand.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../../src/app/clock.ts';
import type { ReportPeriod } from '../../../../src/domain/grammar/command.ts';
import { buildReport } from '../../../../src/domain/report/build-report.ts';
import { resolveReportScope } from '../../../../src/domain/report/report-scope.ts';
import type { PromiseReport, ReportModel } from '../../../../src/domain/report/types.ts';
import type { Judgement } from '../../../../src/domain/status/types.ts';
import type { Activity } from '../../../../src/domain/types.ts';
import { buildActivity } from '../../../helpers/build-activity.ts';
import { createPeriodTestSet } from './period-test-set.ts';

const set = createPeriodTestSet();
const a = (id: string, date: string, extra: Partial<Activity> = {}) =>
  buildActivity(id, date, { setKey: set.key, ...extra });

const ledger: Activity[] = [
  // trafik (12 in the year): 1 in T1, 3 in T2 (2 + 1), 1 in T3.
  a('trafik', '2019-02-10'),
  a('trafik', '2019-05-15', { count: 2 }),
  a('trafik', '2019-07-03'),
  a('trafik', '2019-09-10'),
  // patrull (2 every month): April 1; May 2; June 1; July 2 (one entry); August none.
  a('patrull', '2019-04-29'),
  a('patrull', '2019-05-06'),
  a('patrull', '2019-05-20'),
  a('patrull', '2019-06-11'),
  a('patrull', '2019-07-01', { count: 2 }),
  // kontakt (1 a week on average): Sunday of v.17 (T1), then 12 in v.18–v.29.
  a('kontakt', '2019-04-28'),
  ...[
    '2019-04-30',
    '2019-05-08',
    '2019-05-15',
    '2019-05-22',
    '2019-05-29',
    '2019-06-05',
    '2019-06-12',
    '2019-06-19',
    '2019-06-26',
    '2019-07-03',
    '2019-07-10',
    '2019-07-17',
  ].map((d) => a('kontakt', d)),
  // skolbesok (each school each term): Skolan in VT, Byskolan in VT (in T2), Skolan in HT (in T2).
  a('skolbesok', '2019-03-01', { place: 'skolan' }),
  a('skolbesok', '2019-05-20', { place: 'byskolan' }),
  a('skolbesok', '2019-08-27', { place: 'skolan' }),
  // kartlaggning (by 30 June): done 20 June.
  a('kartlaggning', '2019-06-20'),
  // samverkan (judged): one meeting in T2.
  a('samverkan', '2019-06-05'),
];

const judgement = (status: Judgement['status'], date: string, reason: string | null): Judgement => ({
  setKey: set.key,
  promiseId: 'samverkan',
  status,
  reason,
  userId: 'console:gruppen',
  at: `${date}T10:00:00.000Z`,
  date,
});
const judgements = [
  judgement('i fas', '2019-04-15', null),
  judgement('släpar', '2019-09-03', 'mötena har ställts in'),
];

function report(period: ReportPeriod, year: number, now = '2019-10-01T12:00'): ReportModel {
  const scope = resolveReportScope(set, { period, year }, now.slice(0, 10));
  if (!scope.ok) throw new Error(scope.error.message);
  return buildReport(set, ledger, parseNow(now, set.timeZone), { judgements }, scope.value);
}

function promise(model: ReportModel, id: string): PromiseReport {
  const found = model.promises.find((p) => p.id === id);
  if (!found) throw new Error(`no promise ${id}`);
  return found;
}

describe('a deliverable due after an ended part', () => {
  it('is not that part’s to keep, and is kept in the part it was done in', () => {
    // kartlaggning is due 30 June 2019 and was done 20 June: March ended before it was due.
    const march = promise(report({ unit: 'month', index: 3 }, 2019), 'kartlaggning');
    expect([march.outcome, march.verdict]).toEqual(['ej aktuell', 'ej aktuell']);
    const june = promise(report({ unit: 'month', index: 6 }, 2019), 'kartlaggning');
    expect([june.outcome, june.verdict]).toEqual(['uppfyllt', 'uppfyllt']);
  });
});

describe('report on tertial 2 2019 (1 May–31 August), made 1 October', () => {
  const t2 = report({ unit: 'tertial', index: 2 }, 2019);

  it('names the part and covers only its dates', () => {
    expect(t2.title).toBe(
      'Tertial 2 (maj–augusti) 2019: uppföljning av medborgarlöfte 2019 — Testby kommun och lokalpolisområde Test',
    );
    expect(t2.scope).toEqual({
      heading: 'Tertial 2 (maj–augusti) 2019',
      label: 'tertial 2 2019',
      slug: 't2-2019',
    });
    expect(t2.period).toEqual({ start: '2019-05-01', end: '2019-08-31' });
    expect(t2.ended).toBe(true);
    // Uppfyllt: the survey; delvis: patrols (2 of 4 months), contacts (0,67 a week); running: the rest.
    // The part has ended: every promise is reported with the part's outcome (issues 18 and 19).
    expect(t2.summary).toBe('6 löften — uppfyllt: 2 · delvis uppfyllt: 3 · ej bedömd: 1');
    // Places of the part only: Byskolan 20 May, Skolan 27 August (Skolan 1 March is T1).
    expect(t2.totals.places.map((t) => [t.name, t.activities])).toEqual([
      ['Byskolan', 1],
      ['Skolan', 1],
    ]);
  });

  it('a count for the whole year: what the part did against its pro-rata share', () => {
    const trafik = promise(t2, 'trafik');
    // 12 × 123 days / 365 days = 4,04.
    expect(trafik.target).toBe('minst 12 trafikkontroller under perioden (pro rata för tertial 2 2019: 4,0)');
    expect(trafik.count).toBe(3);
    expect(trafik.activities.map((x) => x.date)).toEqual(['2019-05-15', '2019-07-03']);
    // At 31 August 34 of 52 weeks are done: pace 12 × 34/52 = 7,8, and 4 is a whole activity behind.
    expect(trafik.figures.slice(0, 2)).toEqual([
      'Under tertial 2 2019: 3 trafikkontroller (pro rata 4,0 av 12 under perioden)',
      'Hela perioden t.o.m. 31 augusti 2019: 4 av 12 trafikkontroller',
    ]);
    // The part has ended: 3 against its share of 4,0 is 0,75 of it, at least half (issues 18 and 19).
    expect(trafik.final).toBe(true);
    expect(trafik.verdict).toBe('delvis uppfyllt');
  });

  it('a count per month: the part’s four months, each needing the target', () => {
    const patrull = promise(t2, 'patrull');
    expect(patrull.target).toBe('minst 2 fotpatruller per månad');
    // May 2, June 1, July 2, August 0: kept 2 of 4 = the half that makes it delvis.
    expect(patrull.figures.slice(0, 2)).toEqual([
      'Målet (minst 2 fotpatruller per månad) nåddes 2 av 4 månader, totalt 5 fotpatruller',
      'Under målet: juni, augusti',
    ]);
    expect(patrull.final).toBe(true);
    expect(patrull.outcome).toBe('delvis uppfyllt');
    expect(patrull.activities).toHaveLength(4);
  });

  it('a weekly average over the part’s whole weeks (v.18–v.35, the weeks whose Thursday is in it)', () => {
    const kontakt = promise(t2, 'kontakt');
    // 30 April is in v.18 (Thursday 2 May), so it counts here; 28 April (v.17) does not.
    expect(kontakt.figures.slice(0, 2)).toEqual([
      '12 medborgarkontakter på 18 veckor, snitt 0,67 per vecka (mål 1)',
      '12 av 18 veckor hade minst en medborgarkontakt',
    ]);
    expect(kontakt.outcome).toBe('delvis uppfyllt');
    expect(kontakt.activities[0]?.date).toBe('2019-04-30');
  });

  it('coverage per term is longer than the part: where it stood at the part’s end', () => {
    const skol = promise(t2, 'skolbesok');
    // VT: Skolan, Byskolan; HT: Skolan so far; Byskolan HT still open (HT runs to 20 December).
    expect(skol.figures).toEqual([
      'Under tertial 2 2019: 2 skolbesök',
      'Hela perioden t.o.m. 31 augusti 2019: 3 av 4 täckta',
    ]);
    // Both members due by the part's end (vårterminen) were covered; höstterminen runs on (issue 19).
    expect(skol.verdict).toBe('uppfyllt');
  });

  it('a deliverable due in the part is reported done', () => {
    const kart = promise(t2, 'kartlaggning');
    expect(kart.verdict).toBe('uppfyllt');
    expect(kart.figures).toContain('klar tor 20 juni 2019 (senast 30 juni 2019)');
  });

  it('judged work shows the review made after the part, and the part’s activities', () => {
    const sam = promise(t2, 'samverkan');
    expect(sam.figures).toEqual([
      '1 aktivitet loggad, senast 5 juni 2019 (mål: täta)',
      // "släpar" is a progress word, not an outcome (issue 19).
      'Senaste lägesbedömning: släpar 3 september 2019 av gruppen: "mötena har ställts in"',
    ]);
    // The part has ended on a progress word: ej bedömd (issue 19).
    expect(sam.verdict).toBe('ej bedömd');
  });
});

describe('reports on other parts of 2019', () => {
  it('vårterminen: coverage per term is judged on the term itself', () => {
    const vt = report({ unit: 'term', term: 'vt' }, 2019);
    expect(vt.period).toEqual({ start: '2019-01-07', end: '2019-06-14' });
    const skol = promise(vt, 'skolbesok');
    expect(skol.figures[0]).toBe('2 av 2 täckta');
    expect(skol.outcome).toBe('uppfyllt');
    expect(skol.final).toBe(true);
  });

  it('kvartal 3: July kept, August and September not — ej uppfyllt (1 of 3 is under half)', () => {
    const q3 = report({ unit: 'quarter', index: 3 }, 2019);
    const patrull = promise(q3, 'patrull');
    expect(patrull.figures[0]).toBe(
      'Målet (minst 2 fotpatruller per månad) nåddes 1 av 3 månader, totalt 2 fotpatruller',
    );
    expect(patrull.outcome).toBe('ej uppfyllt');
  });

  it('första halvåret: the year’s count pro rata, 12 × 181/365 = 6,0', () => {
    const h1 = report({ unit: 'half-year', index: 1 }, 2019);
    const trafik = promise(h1, 'trafik');
    expect(trafik.figures[0]).toBe(
      'Under första halvåret 2019: 3 trafikkontroller (pro rata 6,0 av 12 under perioden)',
    );
    expect(h1.period).toEqual({ start: '2019-01-01', end: '2019-06-30' });
  });

  it('a month: the month’s own target for a count per month', () => {
    const may = report({ unit: 'month', index: 5 }, 2019);
    expect(may.title.startsWith('Maj 2019: ')).toBe(true);
    const patrull = promise(may, 'patrull');
    expect(patrull.figures[0]).toBe('2 av 2 fotpatruller');
    expect(patrull.outcome).toBe('uppfyllt');
  });

  it('a week: the week’s contacts; the month’s target shared by days and judged by pace', () => {
    const v20 = report({ unit: 'week', index: 20 }, 2019);
    expect(v20.period).toEqual({ start: '2019-05-13', end: '2019-05-19' });
    expect(promise(v20, 'kontakt').outcome).toBe('uppfyllt');
    const patrull = promise(v20, 'patrull');
    // May: 2 × 7/31 = 0,45. By 19 May one patrol of 2: pace 2 × 19/31 = 1,2, less than one behind.
    expect(patrull.figures.slice(0, 2)).toEqual([
      'Under v.20 2019: 0 fotpatruller (pro rata 0,5 av 2 per månad)',
      'Maj t.o.m. 19 maj 2019: 1 av 2 fotpatruller',
    ]);
    expect(patrull.verdict).toBe('i fas, pågår till 31 maj 2019');
  });

  it('a part still running reports as far as it has come', () => {
    const t3 = report({ unit: 'tertial', index: 3 }, 2019);
    expect(t3.ended).toBe(false);
    expect(promise(t3, 'trafik').figures[1]).toBe(
      'Hela perioden t.o.m. 1 oktober 2019: 5 av 12 trafikkontroller',
    );
  });

  it('renders the same numbers whatever the chat or file shows (no other part’s activities)', () => {
    const t2 = report({ unit: 'tertial', index: 2 }, 2019);
    const all = t2.promises.flatMap((p) => p.activities.map((x) => x.date));
    for (const date of all) expect(date >= '2019-04-29' && date <= '2019-09-01').toBe(true);
  });
});

// Year-long scenarios written by hand (docs/research/scenarios/<name>.md): the activity log as a
// working group types it, the judgements, and at each checkpoint every promise's status worked out
// from the brief's rules with the arithmetic beside it. This harness reads the log through the real
// command grammar (so places, class names, partners and dates are understood as in a channel) and
// returns the expected statuses from the checkpoint tables, for the test to compare with the engine.
import { readFileSync } from 'node:fs';
import { parseNow } from '../../../src/app/clock.ts';
import { parseCommand } from '../../../src/domain/grammar/parse-command.ts';
import type { PromiseSetDef } from '../../../src/domain/promise-set/schema.ts';
import type { Judgement } from '../../../src/domain/status/types.ts';
import { MONTHS } from '../../../src/domain/time/format-swedish.ts';
import type { Activity } from '../../../src/domain/types.ts';

export interface ScenarioEntry {
  line: string;
  /** The day it was typed (a back-dated line: `loggad …`). */
  loggedOn: string;
  activity: Activity | null;
  /** Why the grammar refused it, when it did. */
  refused: string | null;
  /** Marked `avvisas:` in the scenario. */
  expectRefused: boolean;
  undoneOn: string | null;
}

export interface Checkpoint {
  title: string;
  /** Local date-time, `2019-10-16T12:00`. */
  at: string;
  /** Promise id → expected status word, and the report's outcome when the table names one. */
  expected: Map<string, { status: string; outcome: string | null }>;
  /**
   * In a multi-year set, a finished year's report beside the status (a column "2020 outcome (report
   * for 2020)"): the year and each promise's outcome in it, the report's word when the table gives one.
   */
  yearReport: { year: number; outcomes: Map<string, string> } | null;
}

export interface Scenario {
  entries: ScenarioEntry[];
  judgements: Judgement[];
  checkpoints: Checkpoint[];
}

export function scenarioText(name: string): string {
  return readFileSync(new URL(`../../../docs/research/scenarios/${name}.md`, import.meta.url), 'utf8');
}

let sequence = 0;

/** Reads the scenario's log, judgements and checkpoint tables for `set`. */
export function readScenario(name: string, set: PromiseSetDef): Scenario {
  const text = scenarioText(name);
  const tsv = /```tsv\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
  const entries = tsv
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((row) => entryOf(row, set));
  const judgements: Judgement[] = [];
  const judgementTable = /## Judgements\n\n([\s\S]*?)\n\n/.exec(text)?.[1] ?? '';
  for (const row of judgementTable.split('\n').slice(2)) {
    const cells = row.split('|').map((c) => c.trim());
    const [made, promiseId, status, reason] = [cells[1]!, cells[2]!, cells[3]!, cells[4] ?? ''];
    judgements.push({
      setKey: set.key,
      promiseId,
      status: status as Judgement['status'],
      reason: reason.replace(/^"|"$/g, '') || null,
      userId: 'console:gruppen',
      at: `${made}T10:00:00.000Z`,
      date: made,
    });
  }
  const checkpoints: Checkpoint[] = [];
  const sections = text.split(/\n## (?=Checkpoint)/).slice(1);
  for (const section of sections) {
    const title = section.split('\n')[0]!;
    const when = /(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2})/.exec(title);
    if (!when) continue;
    const expected = new Map<string, { status: string; outcome: string | null }>();
    const reportYear = /\| (\d{4}) outcome \(report for \1\) \|/.exec(section)?.[1];
    const yearOutcomes = new Map<string, string>();
    for (const row of section.split('\n')) {
      const cells = row.split('|').map((c) => c.trim());
      const id = cells[1];
      if (!id || !set.promises.some((p) => p.id === id)) continue;
      const inYear = cells[3] ?? '';
      const yearWord = /report \*\*([^*]+)\*\*/.exec(inYear)?.[1] ?? /^\*\*([^*]+)\*\*/.exec(inYear)?.[1];
      if (reportYear && yearWord) yearOutcomes.set(id, yearWord);
      const status = /\*\*([^*]+)\*\*/.exec(cells[2] ?? '')?.[1];
      if (!status) continue;
      const outcome = /report \*\*([^*]+)\*\*/.exec(cells[2] ?? '')?.[1] ?? null;
      expected.set(id, { status, outcome });
    }
    const yearReport = reportYear ? { year: Number(reportYear), outcomes: yearOutcomes } : null;
    checkpoints.push({ title, at: `${when[1]}T${when[2]}`, expected, yearReport });
  }
  return { entries, judgements, checkpoints };
}

function entryOf(row: string, set: PromiseSetDef): ScenarioEntry {
  const [date = '', word = '', place = '', count = '1', partners = '-', note = ''] = row.split('\t');
  // `loggad 2019-06-10`, or in words as a refusal note says it: `loggat 17 december` (same year).
  const worded = /loggat (\d{1,2}) ([a-zåäö]+)/.exec(note);
  const month = worded ? (MONTHS as readonly string[]).indexOf(worded[2]!) + 1 : 0;
  const loggedOn =
    /loggad (\d{4}-\d{2}-\d{2})/.exec(note)?.[1] ??
    (month > 0
      ? `${date.slice(0, 4)}-${String(month).padStart(2, '0')}-${worded![1]!.padStart(2, '0')}`
      : date);
  const planned = /planerad (\d{4}-\d{2}-\d{2})/.exec(note)?.[1] ?? null;
  const undoneOn = /ångrad (\d{4}-\d{2}-\d{2})/.exec(note)?.[1] ?? null;
  const groups = /målgrupp: ([a-zåäö-]+)/.exec(note)?.[1];
  const figureWords = new Set(set.promises.flatMap((c) => c.figures.flatMap((f) => f.words)));
  const figures = [...note.matchAll(/([a-zåäö]+) (\d+)/g)]
    .filter((m) => figureWords.has(m[1]!))
    .map((m) => `${m[1]} ${m[2]}`);
  const partnerList = partners === '-' ? [] : partners.split(',').map((p) => p.trim());
  const parts = [
    planned ? '/planera' : '/logga',
    word,
    place,
    date,
    count === '0' || count === '1' ? '' : `${count} st`,
    groups ? `för ${groups}` : '',
    ...figures,
    partnerList.length > 0 ? `med ${partnerList.join(', ')}` : '',
    'ändå',
  ];
  const typedOn = planned ?? loggedOn;
  if (note.startsWith('avvisas')) {
    // The bot must refuse it as typed (no `ändå`): it is never stored.
    const plain = parts.filter((p) => p.length > 0 && p !== 'ändå').join(' ');
    const refusedResult = parseCommand(plain, { set, today: typedOn });
    return {
      line: plain,
      loggedOn: typedOn,
      activity: null,
      refused: refusedResult.ok ? null : refusedResult.error.message,
      expectRefused: true,
      undoneOn,
    };
  }
  let line = parts.filter((p) => p.length > 0).join(' ');
  let result = parseCommand(line, { set, today: typedOn });
  // A place the file does not list (a street, "telefon") is kept out of the line, as the group would.
  if (!result.ok && place && result.error.message.includes('ingen plats i listan')) {
    line = parts.filter((p) => p.length > 0 && p !== place).join(' ');
    result = parseCommand(line, { set, today: typedOn });
  }
  const expectRefused = note.startsWith('avvisas');
  if (!result.ok || (result.value.kind !== 'log' && result.value.kind !== 'plan')) {
    return {
      line,
      loggedOn: typedOn,
      activity: null,
      refused: result.ok ? result.value.kind : result.error.message,
      expectRefused,
      undoneOn,
    };
  }
  const e = result.value.entry;
  sequence++;
  const activity: Activity = {
    id: `s${sequence}`,
    setKey: set.key,
    promiseIds: e.promiseIds,
    date: e.date,
    time: e.time,
    place: e.place,
    count: e.count,
    partners: e.partners,
    targetGroups: e.targetGroups,
    methods: e.methods,
    participants: ['console:polis'],
    note: null,
    planned: planned !== null,
    figures: e.figures,
    userId: 'console:polis',
    platform: 'console',
    loggedAt: `${typedOn}T20:00:00+01:00`,
  };
  return { line, loggedOn: typedOn, activity, refused: null, expectRefused, undoneOn };
}

/** What the ledger holds at a local time: entries typed before it, not yet undone. */
export function ledgerAt(scenario: Scenario, set: PromiseSetDef, local: string): Activity[] {
  const now = parseNow(local, set.timeZone).getTime();
  const typed = (day: string, hour: string) => parseNow(`${day}T${hour}`, set.timeZone).getTime();
  return scenario.entries.flatMap((e) => {
    if (!e.activity || typed(e.loggedOn, '20:00') > now) return [];
    if (e.undoneOn && typed(e.undoneOn, '21:00') <= now) return [];
    return [e.activity];
  });
}

/** Judgements made before a local time. */
export function judgementsAt(scenario: Scenario, set: PromiseSetDef, local: string): Judgement[] {
  const now = parseNow(local, set.timeZone).getTime();
  return scenario.judgements.filter((j) => new Date(j.at).getTime() <= now);
}

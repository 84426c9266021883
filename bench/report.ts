// Report benchmark: a year with 5 000 activities, the model and every format (Markdown, CSV, JSON,
// Word with the chart, the chart PNG alone). Target: all formats under 500 ms once warm.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderChartPng } from '../src/adapters/documents/render-chart.ts';
import { renderCsv } from '../src/adapters/documents/render-csv.ts';
import { renderDocx } from '../src/adapters/documents/render-docx.ts';
import { renderJson } from '../src/adapters/documents/render-json.ts';
import { renderMarkdown } from '../src/adapters/documents/render-markdown.ts';
import { createRandom } from '../src/app/demo/seeded-random.ts';
import { loadPromiseFile } from '../src/domain/promise-set/load-promise-file.ts';
import { buildReport } from '../src/domain/report/build-report.ts';
import type { Activity } from '../src/domain/types.ts';

const loaded = loadPromiseFile(
  readFileSync(join(import.meta.dirname, '..', 'promises', 'overkalix-2018.yml'), 'utf8'),
);
if (!loaded.ok) throw new Error('promise file');
const set = loaded.value;
const random = createRandom(5000);
const loggable = set.promises.filter((p) => p.rule.kind !== 'deadline');
const activities: Activity[] = Array.from({ length: 5000 }, (_, i) => {
  const promise = random.pick(loggable);
  const date = new Date(Date.UTC(2018, 0, 1 + random.int(0, 364))).toISOString().slice(0, 10);
  return {
    id: `b${String(i).padStart(5, '0')}`,
    setKey: set.key,
    promiseIds: [promise.id],
    date,
    time: null,
    place: random.pick(set.places).id,
    count: random.int(1, 3),
    partners: promise.partners
      ? [...(promise.partners.allOf ?? promise.partners.anyOf?.slice(0, 1) ?? [])]
      : [],
    targetGroups: [],
    methods: [],
    participants: ['console:anna'],
    note: random.next() < 0.2 ? 'Anteckning, med "citat"' : null,
    planned: random.next() < 0.05,
    figures: {},
    userId: 'console:anna',
    platform: 'console',
    loggedAt: `${date}T18:00:00Z`,
  };
});
const now = new Date('2019-01-15T08:00:00Z');

async function run(): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    times[name] = performance.now() - start;
    return value;
  };
  const model = await time('model', () => buildReport(set, activities, now));
  await time('markdown', () => renderMarkdown(model));
  await time('csv', () => renderCsv(model));
  await time('json', () => renderJson(model));
  const png = await time('chart png', () => renderChartPng(model));
  await time('docx', () => renderDocx(model, png));
  times.total = Object.values(times).reduce((a, b) => a + b, 0);
  return times;
}

const cold = await run();
const warm: Record<string, number>[] = [];
for (let i = 0; i < 5; i++) warm.push(await run());
const median = (name: string) => warm.map((w) => w[name]!).sort((a, b) => a - b)[2]!;
console.log(`report, ${activities.length} activities (all formats); target < 500 ms warm`);
for (const name of Object.keys(cold)) {
  console.log(
    `  ${name.padEnd(10)} cold ${cold[name]!.toFixed(1).padStart(7)} ms   warm median ${median(name).toFixed(1).padStart(7)} ms`,
  );
}
console.log(median('total') < 500 ? 'OK: under 500 ms' : 'SLOW: over 500 ms');

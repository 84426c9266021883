// Child process for multi-process.test.ts: logs the same lines as its siblings, with de-duplication:
// one officer's lines, delivered to several replicas at once.
import { openStore } from '../../../src/adapters/storage/open-store.ts';

const [url, keys, lines] = [process.argv[2]!, Number(process.argv[3]), Number(process.argv[4])];
const store = await openStore(url);
const audit = { actor: `console:${process.pid}`, platform: 'console' as const, action: 'logga' };
let written = 0;
for (let i = 0; i < lines; i++) {
  const result = await store.createActivity(
    {
      setKey: 'overkalix-2018',
      promiseIds: ['medborgarkontakt'],
      date: '2018-03-20',
      time: null,
      place: 'centrum',
      count: 1,
      partners: [],
      targetGroups: [],
      methods: [],
      participants: ['console:polis'],
      note: null,
      planned: false,
      figures: {},
      userId: 'console:polis',
      platform: 'console',
    },
    audit,
    new Date(),
    { dedupeKey: `line-${i % keys}`, dedupeWindowMs: 3_600_000 },
  );
  if (!result.duplicate) written++;
}
await store.close();
process.stdout.write(JSON.stringify({ written }));

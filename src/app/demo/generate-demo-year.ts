// A realistic, deterministic 2018 for Överkalix: what a working group would have logged. Some
// promises are met, some are not (a summer gap in the weekend staffing, three of four traffic
// operations, an activity day planned but never held), so a newcomer sees every kind of outcome.
import type { NewActivity } from '../ports.ts';
import { createRandom } from './seeded-random.ts';

export const DEMO_SET_KEY = 'overkalix-2018';
const OFFICERS = ['console:anna', 'console:johan', 'console:maria', 'console:per'];
const CONTACT_PLACES = [
  'centrum',
  'centrum',
  'centrum',
  'skolan',
  'skolan',
  'ungdomsgarden',
  'foretag',
  'badhuset',
];
const CONTACT_NOTES = [
  'Samtal om trafiken vid skolan',
  'Frågor om inbrott i förråd',
  'Oro för mopedåkning på kvällarna',
  'Tips om nedskräpning vid busstationen',
  'Samtal om tryggheten i centrum',
];

/** Local date of a 2018 week's weekday (0 = Monday); 2018-01-01 was the Monday of week 1. */
function dateOf(week: number, weekday: number): string {
  const d = new Date(Date.UTC(2018, 0, 1 + (week - 1) * 7 + weekday));
  return d.toISOString().slice(0, 10);
}

export function generateDemoYear(seed = 2018): NewActivity[] {
  const random = createRandom(seed);
  const out: NewActivity[] = [];
  const add = (a: Partial<NewActivity> & Pick<NewActivity, 'promiseIds' | 'date'>): void => {
    const logger = a.userId ?? random.pick(OFFICERS);
    out.push({
      setKey: DEMO_SET_KEY,
      time: null,
      place: null,
      count: 1,
      partners: [],
      targetGroups: [],
      methods: [],
      participants: [logger],
      note: null,
      planned: false,
      figures: {},
      platform: 'console',
      ...a,
      userId: logger,
    });
  };

  // Weekend staffing every second or third week, with one summer gap of three weeks (a breach).
  let breached = false;
  for (let week = 1; week <= 52; ) {
    const officer = random.pick(OFFICERS);
    add({
      promiseIds: ['helgbemanning'],
      date: dateOf(week, 5),
      place: 'centrum',
      userId: officer,
      participants: [officer, random.pick(OFFICERS.filter((o) => o !== officer))],
    });
    let step = random.next() < 0.5 ? 2 : 3;
    if (!breached && week >= 24) {
      step = 4;
      breached = true;
    }
    week += step;
  }

  // Citizen contacts: most weeks one, some two, a few none; topped up so the year averages just over one.
  const contactWeeks: number[] = [];
  for (let week = 1; week <= 52; week++) {
    const r = random.next();
    const n = r < 0.12 ? 0 : r < 0.8 ? 1 : 2;
    for (let i = 0; i < n; i++) contactWeeks.push(week);
  }
  while (contactWeeks.length < 54) contactWeeks.push(random.int(1, 52));
  for (const week of contactWeeks.sort((a, b) => a - b)) {
    add({
      promiseIds: ['medborgarkontakt'],
      date: dateOf(week, random.int(0, 5)),
      place: random.pick(CONTACT_PLACES),
      note: random.next() < 0.25 ? random.pick(CONTACT_NOTES) : null,
    });
  }

  // Foot patrols and visits every one to three weeks.
  for (let week = 1; week <= 52; week += random.int(1, 3)) {
    add({
      promiseIds: ['narvaro'],
      date: dateOf(week, random.int(0, 4)),
      place: random.pick(['centrum', 'skolan', 'ungdomsgarden', 'foretag']),
    });
  }

  add({
    promiseIds: ['narkotikainsats'],
    date: '2018-03-16',
    place: 'centrum',
    count: 1,
    note: 'Riktad insats mot narkotikaförsäljning',
  });
  add({ promiseIds: ['narkotikainsats'], date: '2018-10-12', place: 'centrum', partners: ['tullen'] });

  for (const [date, trained] of [
    ['2018-02-20', 4],
    ['2018-05-15', 5],
    ['2018-08-14', 3],
    ['2018-11-06', 4],
  ] as const) {
    add({
      promiseIds: ['natdroger'],
      date,
      partners: ['tullen', 'forsandelseombud'],
      figures: { utbildade: trained },
    });
  }

  add({
    promiseIds: ['riskkvall'],
    date: '2018-04-30',
    time: '21:00',
    place: 'centrum',
    partners: ['socialtjansten', 'nattvandrare'],
    note: 'Valborg',
  });
  add({
    promiseIds: ['riskkvall'],
    date: '2018-06-08',
    time: '22:00',
    place: 'centrum',
    partners: ['socialtjansten'],
    note: 'Skolavslutning',
  });
  add({
    promiseIds: ['riskkvall'],
    date: '2018-08-17',
    time: '22:00',
    place: 'badhuset',
    note: 'Sommarfest, samverkanspart saknades',
  });

  add({
    promiseIds: ['aktivitetsdag'],
    date: '2018-11-15',
    place: 'skolan',
    partners: ['skolan', 'halsocentralen', 'bra'],
    planned: true,
    note: 'Föräldrar och åk 7',
  });

  add({
    promiseIds: ['trafikinsats'],
    date: '2018-04-20',
    place: 'e4',
    figures: { fordon: 45, alkotest: 45 },
  });
  add({
    promiseIds: ['trafikinsats'],
    date: '2018-06-29',
    place: 'riksvag-392',
    figures: { fordon: 38, alkotest: 38 },
  });
  add({
    promiseIds: ['trafikinsats'],
    date: '2018-09-21',
    place: 'e4',
    figures: { fordon: 52, alkotest: 50 },
  });
  add({ promiseIds: ['trafikinsats'], date: '2018-12-14', place: 'e4', planned: true });

  for (let week = 2; week <= 52; week += random.int(3, 5)) {
    add({
      promiseIds: ['trafikarbete'],
      date: dateOf(week, random.int(0, 4)),
      place: random.pick(['e4', 'riksvag-392', 'centrum']),
    });
  }
  return out;
}

// A complete NewActivity (what a use case hands the Store), for storage tests.
import type { NewActivity } from '../../src/app/ports.ts';

export function newActivity(overrides: Partial<NewActivity> = {}): NewActivity {
  return {
    setKey: 'overkalix-2018',
    promiseIds: ['medborgarkontakt', 'narvaro'],
    date: '2018-03-20',
    time: '19:30',
    place: 'centrum',
    count: 2,
    partners: ['socialtjansten'],
    targetGroups: ['unga'],
    methods: ['civil'],
    participants: ['slack:T1:U1', 'slack:T1:U3'],
    note: 'Samtal vid busstorget',
    planned: false,
    figures: { kontrollerade_fordon: 40 },
    userId: 'slack:T1:U1',
    platform: 'slack',
    ...overrides,
  };
}

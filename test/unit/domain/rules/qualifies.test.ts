import { describe, expect, it } from 'vitest';
import { disqualification, qualifies } from '../../../../src/domain/rules/qualifies.ts';
import { tallyActivities } from '../../../../src/domain/rules/tally.ts';
import { createTimeline } from '../../../../src/domain/rules/timeline.ts';
import { activity, commitmentOf, loadOverkalix } from '../status/fixtures.ts';

const set = loadOverkalix();

describe('qualifies', () => {
  it('takes a performed activity for the promise, dated inside the period', () => {
    expect(
      qualifies(commitmentOf(set, 'narkotikainsats'), set, activity('narkotikainsats', '2018-05-01')),
    ).toBe(true);
  });

  it('says why an activity does not count', () => {
    const narcotics = commitmentOf(set, 'narkotikainsats');
    expect(disqualification(narcotics, set, activity('trafikinsats', '2018-05-01'))).toBe('other-promise');
    expect(
      disqualification(narcotics, set, activity('narkotikainsats', '2018-05-01', { planned: true })),
    ).toBe('planned');
    expect(disqualification(narcotics, set, activity('narkotikainsats', '2017-12-31'))).toBe(
      'outside-window',
    );
    expect(disqualification(narcotics, set, activity('narkotikainsats', '2018-12-31'))).toBeNull();
    const risk = commitmentOf(set, 'riskkvall');
    expect(disqualification(risk, set, activity('riskkvall', '2018-05-01'))).toBe('missing-partner');
    expect(
      disqualification(risk, set, activity('riskkvall', '2018-05-01', { partners: ['nattvandrare'] })),
    ).toBeNull();
    const contact = commitmentOf(set, 'medborgarkontakt');
    expect(
      disqualification(contact, set, activity('medborgarkontakt', '2018-05-01', { place: 'kiosken' })),
    ).toBe('unlisted-place');
    expect(disqualification(contact, set, activity('medborgarkontakt', '2018-05-01', { place: null }))).toBe(
      'unlisted-place',
    );
  });

  it('counts one event for each promise it names', () => {
    const both = activity(['narkotikainsats', 'riskkvall'], '2018-05-01', { partners: ['socialtjansten'] });
    expect(qualifies(commitmentOf(set, 'narkotikainsats'), set, both)).toBe(true);
    expect(qualifies(commitmentOf(set, 'riskkvall'), set, both)).toBe(true);
  });

  it('gives a deadline promise the window from the period start to its due date', () => {
    const summary = commitmentOf(set, 'sammanstallning');
    expect(qualifies(summary, set, activity('sammanstallning', '2019-01-20'))).toBe(true);
    expect(disqualification(summary, set, activity('sammanstallning', '2019-02-01'))).toBe('outside-window');
  });
});

describe('the status tally', () => {
  it('counts exactly the activities qualifies() accepts', () => {
    const dates = ['2017-12-31', '2018-01-01', '2018-06-15', '2018-12-31', '2019-01-31', '2019-02-01'];
    const variants = dates.flatMap((date) =>
      [true, false].flatMap((planned) =>
        [[], ['socialtjansten'], ['tullen']].flatMap((partners) =>
          ['centrum', 'kiosken', null].map((place) =>
            activity(['riskkvall', 'medborgarkontakt', 'sammanstallning'], date, {
              planned,
              partners,
              place,
            }),
          ),
        ),
      ),
    );
    const now = new Date('2019-03-01T12:00:00+01:00');
    for (const id of ['riskkvall', 'medborgarkontakt', 'sammanstallning']) {
      const commitment = commitmentOf(set, id);
      const tally = tallyActivities(commitment, set, variants, createTimeline(commitment, set, now));
      expect(tally.qualifying).toEqual(variants.filter((a) => qualifies(commitment, set, a)));
    }
  });
});

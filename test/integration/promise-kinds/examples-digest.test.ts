// The Monday digest for example sets: follow-up reminders from the plan, uncovered members and
// judgements due, and an extended period that still runs.
import { describe, expect, it } from 'vitest';
import { parseNow } from '../../../src/app/clock.ts';
import { composeDigest } from '../../../src/domain/digest/compose-digest.ts';
import { renderDigest } from '../../../src/domain/digest/render-digest.ts';
import { act, loadExample, statusAt } from './example-harness.ts';

describe('digest for the new promise kinds', () => {
  it('Vingåker: reminds of the tertial follow-up the week before, and asks for judgements', () => {
    const set = loadExample('vingaker-2017');
    const now = '2017-04-24T08:00';
    const digest = composeDigest(set, statusAt(set, [], now), parseNow(now, set.timeZone));
    expect(digest.followUps?.map((d) => [d.unit, d.due, d.by, d.to])).toEqual([
      ['tertial 1', '2017-04-30', ['Polisen'], ['Vingåkers kommun', 'Medborgarna']],
    ]);
    const text = renderDigest(digest).text;
    expect(text).toContain(
      'Uppföljning\nTertialuppföljning där polisen redogör hur det går i arbetet med medborgarlöftena (tertial 1) senast sön 30 april: Polisen → Vingåkers kommun, Medborgarna. Underlag: /rapport T1 2017',
    );
    const may = '2017-05-08T08:00';
    const after = renderDigest(composeDigest(set, statusAt(set, [], may), parseNow(may, set.timeZone))).text;
    expect(after).toContain('Dags att bedöma (tertial 1): /loften bedöm hastighetsmatning <status> "orsak"');
    expect(after).not.toContain('Uppföljning\n');
  });

  it('Ljusdal: names the theme evening without police', () => {
    const set = loadExample('ljusdal-2019');
    const now = '2019-11-18T08:00';
    const activities = [act('temakvall-per-termin', '2019-03-14', { place: 'metro' })];
    const text = renderDigest(
      composeDigest(set, statusAt(set, activities, now), parseNow(now, set.timeZone)),
    ).text;
    expect(text).toContain(
      'Ingen närvaro temakväll vid Temakväll Kåken vt (11 april), Temakväll Metro ht (10 oktober), Temakväll Kåken ht (14 november)',
    );
  });

  it('Habo: an extended period still gets the weekly digest in 2019', () => {
    const set = loadExample('habo-2018');
    const now = '2019-03-04T08:00';
    const digest = composeDigest(set, statusAt(set, [], now), parseNow(now, set.timeZone));
    expect(digest.phase).toBe('running');
  });
});

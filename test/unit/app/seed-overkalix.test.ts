// The shipped Överkalix 2018 file as an officer meets it: everyday words for the places of a small
// municipality, and traffic operations counting for both traffic promises of the document.
import { describe, expect, it } from 'vitest';
import { createHarness, SET_KEY } from './app-harness.ts';

describe('the seed promise file (promises/overkalix-2018.yml)', () => {
  it.each([
    ['närvaro affären', 'foretag', 'Företag'],
    ['närvaro butiken', 'foretag', 'Företag'],
    ['närvaro macken', 'foretag', 'Företag'],
    ['närvaro handlarn', 'foretag', 'Företag'],
    ['medborgarkontakt skolgården', 'skolan', 'Skolan'],
    ['medborgarkontakt stan', 'centrum', 'Centrum'],
    ['medborgarkontakt fritidsgården', 'ungdomsgarden', 'Ungdomsgården'],
    ['närvaro badet', 'badhuset', 'Badhuset'],
    ['trafikinsats e4:an', 'e4', 'E4'],
  ])('reads "logga %s" as the place %s', async (words, placeId, placeName) => {
    const h = await createHarness();
    const reply = await h.run('U1', `/logga ${words} 2018-03-14`);
    expect(reply.text).toMatch(new RegExp(`^Loggat: \\S+ · ${placeName} · `));
    const [stored] = await h.deps.store.findActivities(SET_KEY);
    expect(stored?.place).toBe(placeId);
  });

  it('counts a traffic operation also for "trafikinsatser under hela året", and says so', async () => {
    const h = await createHarness();
    const reply = await h.run('U1', '/logga trafikinsats E4 2018-03-14');
    expect(reply.text).toContain('Minst fyra trafiksäkerhetsinsatser: 1 av 4');
    expect(reply.text).toContain('Trafikinsatser under hela året där problem finns: senast v.11');
    const status = await h.run('U1', '/status');
    expect(status.text).toContain('Trafikinsatser under hela året där problem finns: senast v.11');
  });
});

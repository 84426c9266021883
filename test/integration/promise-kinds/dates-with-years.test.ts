// Issue 19, wording: a date or week outside the current year, and every date and week of a set that
// spans several years, carries its year; a response due after the period says so. Read through the
// real command path (handleCommand) on published promise sets with a fixed clock.
import { describe, expect, it } from 'vitest';
import { createChannel } from './kinds-harness.ts';

describe('Haparanda 2020–2022 (three years, targets per year): every date names its year', () => {
  it('in the /logga reply, /status and the Monday digest', async () => {
    const haparanda = await createChannel('haparanda-2020', '2021-05-24T10:00');
    const logged = await haparanda.send('/logga fotpatrull coop igår');
    expect(logged.text).toMatch(/^Loggat: fotpatrull · COOP · sön 23 maj 2021 \(v\.20\) · 1 st/);

    const planned = await haparanda.send('/planera riktad insats ikea 2021-06-02');
    expect(planned.text).toContain('ons 2 juni 2021 (v.22)');

    const status = (await haparanda.send('/status')).text;
    // "v.21" alone names a week of 2020, 2021 and 2022 alike.
    expect(status.split('\n')[0]).toMatch(/\(v\.21 2021\)$/);
    expect(status).toContain('  Planerat: ons 2 juni 2021 · IKEA');

    const digest = await haparanda.digest();
    expect(digest.split('\n')[0]).toMatch(/^Måndagsöversikt v\.21 2021 — /);
    expect(digest).not.toMatch(/\bv\.\d+(?! \d{4})(?![–\d])/);
  });
});

describe('Malå 2024 (one calendar year)', () => {
  it('says no year within the year, and a year for a day of another', async () => {
    const mala = await createChannel('mala-2024', '2024-06-03T10:00');
    const noted = await mala.send('/logga önskemål trygghetsvandring 2024-06-01');
    expect(noted.text).toContain('· lör 1 juni (v.22), ');
    expect(noted.text).toContain('svara senast vecka 28 (lör 13 juli)');
  });

  it('cuts a response time that runs past the period at its last day, and says so', async () => {
    // Noted Tuesday 10 December; six weeks would be Tuesday 21 January 2025, after the period. The
    // response is due by the period's last day, Tuesday 31 December, which lies in ISO week 1 of 2025.
    const mala = await createChannel('mala-2024', '2024-12-10T10:00');
    const noted = await mala.send('/logga önskemål trygghetsvandring idag');
    expect(noted.text).toContain(
      'svara senast vecka 1 2025 (tis 31 december), periodens sista dag (6 veckor räcker till 21 januari 2025, efter periodens slut)',
    );
    const status = (await mala.send('/status')).text;
    expect(status).toContain('trygghetsvandring senast tis 31 december (periodens sista dag)');
    expect(status).not.toContain('21 januari');
  });
});

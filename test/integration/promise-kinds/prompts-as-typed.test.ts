// What the bot asks when a line lacks what its promise needs, driven through handleCommand with lines
// as officers type them: "Med vem?" for a promise that needs all of its partners (Sollefteå's
// "samverkan mellan … ungdomspoliser, socialtjänst och skola"), "Var?" naming only the places that
// count (Övertorneå's dog searches "i skolmiljö"), and "Vilken …?" naming the members of a named set
// (Härjedalen's year-8 classes). Nothing is stored until the line is whole, or `ändå` is written.
import { describe, expect, it } from 'vitest';
import { createChannel } from './kinds-harness.ts';

describe('Sollefteå 2017: a meeting that counts only with all three partners', () => {
  it('asks "Med vem?" naming the one missing, stores nothing, and takes the whole line by aliases', async () => {
    const channel = await createChannel('solleftea-2017', '2017-03-01T10:00');
    const asked = await channel.send('/logga samverkansmöte med polisen, skolan');
    expect(asked.ok).toBe(false);
    expect(asked.text).toBe(
      'Med vem? Samverkansmöte räknas bara tillsammans med alla av Polisen, Socialtjänsten, Skolan (Socialtjänsten saknas). Skriv t.ex. /logga samverkansmöte med Polisen, Skolan, Socialtjänsten. Inget sparades. (Med "ändå" sparas raden utan part, men den räknas inte.)',
    );
    expect(await channel.store.findActivities('solleftea-2017')).toEqual([]);

    // The example the bot gave, typed with the aliases officers use, is a line that counts.
    const logged = await channel.send('/logga samverkansmöte med polis, soc, skola');
    expect(logged.text).toBe(
      'Loggat: samverkansmöte · ons 1 mars (v.9) · 1 st · med Polisen, Socialtjänsten, Skolan — 1 aktivitet, senast 1 mars · ej bedömd',
    );
    expect(await channel.store.findActivities('solleftea-2017')).toMatchObject([
      { promiseIds: ['samverkan-unga'], partners: ['polisen', 'socialtjansten', 'skolan'] },
    ]);
  });

  it('stores the line with "ändå" and says first that it does not count, and why', async () => {
    const channel = await createChannel('solleftea-2017', '2017-05-03T16:00');
    const stored = await channel.send('/logga samverkansmöte med polisen, skolan ändå');
    expect(stored.text).toBe(
      'Räknas inte: Socialtjänsten saknas, och samverkansmöte räknas bara med alla av Polisen, Socialtjänsten, Skolan. Sparat ändå: samverkansmöte · ons 3 maj (v.18) · 1 st · med Polisen, Skolan — inget loggat än · ej bedömd',
    );
    expect(await channel.store.findActivities('solleftea-2017')).toHaveLength(1);
  });

  it('asks for both partners of the safety walk when none is named', async () => {
    const channel = await createChannel('solleftea-2017', '2017-11-15T21:00');
    expect((await channel.send('/logga trygghetsvandring centrum')).text).toBe(
      'Med vem? Trygghetsvandring räknas bara tillsammans med alla av Sollefteå kommun, Polisen. Skriv t.ex. /logga trygghetsvandring med Sollefteå kommun, Polisen. Inget sparades. (Med "ändå" sparas raden utan part, men den räknas inte.)',
    );
  });
});

describe('Övertorneå 2020: a dog search counts only at the schools', () => {
  it('asks "Var?" offering the schools, not the central town or the villages', async () => {
    const channel = await createChannel('overtornea-2020', '2020-02-13T11:00');
    expect((await channel.send('/logga hundsök med polisen, kommunen')).text).toBe(
      'Var? Hundsök räknas bara på en plats: Skolorna. Skriv t.ex. /logga hundsök Skolorna. Inget sparades. (Med "ändå" sparas raden utan plats, men den räknas inte.)',
    );
    expect(await channel.store.findActivities('overtornea-2020')).toEqual([]);
  });
});

describe('Härjedalen 2018: a lesson counts for one of the year-8 classes', () => {
  it('asks which class, naming this school year’s classes once each', async () => {
    const channel = await createChannel('harjedalen-2018', '2018-10-10T14:00');
    expect((await channel.send('/logga lag och rätt')).text).toBe(
      'Vilken av Årskurs 8-klasser? Lag och rätt räknas bara för en av Årskurs 8-klasser: 8A Skola 1, 8B Skola 1, 8 Skola 2, 8 Skola 3. Skriv t.ex. /logga lag och rätt 8A Skola 1. Inget sparades. (Med "ändå" sparas raden utan plats, men den räknas inte.)',
    );
    expect(await channel.store.findActivities('harjedalen-2018')).toEqual([]);
    const logged = await channel.send('/logga lag och rätt 8 Skola 2');
    expect(logged.ok).toBe(true);
    expect(await channel.store.findActivities('harjedalen-2018')).toMatchObject([{ place: '8-skola2-1819' }]);
  });
});

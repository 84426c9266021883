import { describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../../src/domain/privacy/find-personal-data.ts';
import { personalDataMessage } from '../../../../src/domain/privacy/personal-data-message.ts';

describe('findPersonalData', () => {
  it.each([
    ['198112189876', 'personnummer', '198112189876'],
    ['19811218-9876', 'personnummer', '19811218-9876'],
    ['811218-9876', 'personnummer', '811218-9876'],
    ['811218+9876', 'personnummer', '811218+9876'],
    ['pojke född 811218 9876 sågs', 'personnummer', '811218 9876'],
    ['8112189876', 'personnummer', '8112189876'],
    ['701063-2391', 'samordningsnummer', '701063-2391'],
    ['070-123 45 67', 'telefon', '070-123 45 67'],
    ['ring 0701234567 imorgon', 'telefon', '0701234567'],
    ['+46 70 123 45 67', 'telefon', '+46 70 123 45 67'],
    ['+46701234567', 'telefon', '+46701234567'],
    ['0926-123 45', 'telefon', '0926-123 45'],
    ['08-123 456 78', 'telefon', '08-123 456 78'],
    ['anna.svensson@example.se', 'epost', 'anna.svensson@example.se'],
    ['mejla åsa@kommun.överkalix.se', 'epost', 'åsa@kommun.överkalix.se'],
    ['ABC 123', 'regnummer', 'ABC 123'],
    ['bil ABC123 stoppad', 'regnummer', 'ABC123'],
    ['MLB12A', 'regnummer', 'MLB12A'],
    ['mlb12a', 'regnummer', 'mlb12a'],
    ['mlb 12a', 'regnummer', 'mlb 12a'],
  ])('flags %s', (text, kind, match) => {
    expect(findPersonalData(text)).toEqual({ kind, match });
  });

  it.each([
    'lugnt, 3 ungdomar vid kiosken',
    'kl 21-23',
    '2018-03-14',
    'v.12',
    'E4 vid Tallvik',
    '100 fordon',
    'vid 100 fordon, 3 rattfylleri',
    'mellan 2018-03-10 10 och 12',
    'kontroll 08-10 och 21-23',
    '20180314',
    // A wrong check digit is not a personal identity number.
    '811218-9875',
    // Month 13 is no date.
    '811318-9876',
    // Letters Swedish plates never use (I, Q, V).
    'IQV 123',
    'rv 392',
    'någon@',
    '@anna',
    '',
  ])('lets %s pass', (text) => {
    expect(findPersonalData(text)).toBeNull();
  });
});

describe('personalDataMessage', () => {
  it('explains the refusal in Swedish, for the note or the place', () => {
    expect(personalDataMessage('personnummer', 'note')).toMatch(
      /^Anteckningen ser ut att innehålla ett personnummer\. Löftesbot sparar inga personuppgifter om medborgare — skriv utan personnumret/,
    );
    expect(personalDataMessage('epost', 'place')).toMatch(/^Platsen ser ut att innehålla en e-postadress\./);
    expect(personalDataMessage('regnummer', 'line')).toContain('skriv utan registreringsnumret');
  });
});

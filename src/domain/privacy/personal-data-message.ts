// The Swedish refusal shown when a free text looks like it identifies a citizen.
import type { PersonalDataKind } from './find-personal-data.ts';

const WHAT: Record<PersonalDataKind, { one: string; the: string }> = {
  personnummer: { one: 'ett personnummer', the: 'personnumret' },
  samordningsnummer: { one: 'ett samordningsnummer', the: 'samordningsnumret' },
  telefon: { one: 'ett telefonnummer', the: 'telefonnumret' },
  epost: { one: 'en e-postadress', the: 'e-postadressen' },
  regnummer: { one: 'ett registreringsnummer', the: 'registreringsnumret' },
  adress: { one: 'en gatuadress', the: 'gatuadressen (skriv gatan eller platsen utan nummer)' },
  namn: { one: 'ett namn på en person', the: 'namnet' },
};

/** Where the text was written: the subject of the sentence that refuses it. */
const SUBJECT = {
  note: 'Anteckningen',
  place: 'Platsen',
  line: 'Raden',
  reason: 'Orsaken',
  mention: 'Omnämnandet',
  'role-name': 'Namnet',
  partner: 'Samverkansparten',
  form: 'Formuläret',
  row: 'Raden',
  comment: 'Kommentaren',
} as const;

export type FreeTextField = keyof typeof SUBJECT;

export function personalDataMessage(kind: PersonalDataKind, where: FreeTextField): string {
  const subject = SUBJECT[where];
  const { one, the } = WHAT[kind];
  return (
    `${subject} ser ut att innehålla ${one}. Löftesbot sparar inga personuppgifter om medborgare — ` +
    `skriv utan ${the}, till exempel "kontroll vid E4, 1 bil". Inget har sparats.`
  );
}

// The Swedish refusal shown when a note or place looks like it identifies a citizen.
import type { PersonalDataKind } from './find-personal-data.ts';

const WHAT: Record<PersonalDataKind, { one: string; the: string }> = {
  personnummer: { one: 'ett personnummer', the: 'personnumret' },
  samordningsnummer: { one: 'ett samordningsnummer', the: 'samordningsnumret' },
  telefon: { one: 'ett telefonnummer', the: 'telefonnumret' },
  epost: { one: 'en e-postadress', the: 'e-postadressen' },
  regnummer: { one: 'ett registreringsnummer', the: 'registreringsnumret' },
};

const SUBJECT = { note: 'Anteckningen', place: 'Platsen', line: 'Raden', comment: 'Kommentaren' } as const;

export function personalDataMessage(kind: PersonalDataKind, where: keyof typeof SUBJECT): string {
  const subject = SUBJECT[where];
  const { one, the } = WHAT[kind];
  return (
    `${subject} ser ut att innehålla ${one}. Löftesbot sparar inga personuppgifter om medborgare — ` +
    `skriv utan ${the}, till exempel "kontroll vid E4, 1 bil".`
  );
}

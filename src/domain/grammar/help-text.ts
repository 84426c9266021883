// `/logga hjälp` and `/hjälp`: the forms and examples, built from the channel's own words and places.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { namedPartners } from '../rules/partner-check.ts';
import { normaliseWord } from '../text/normalise.ts';
import { DATE_FORMS } from './match-when.ts';
import { LOG_USAGE, PLAN_USAGE, REPORT_USAGE } from './usage.ts';

function examples(set: PromiseSetDef | null): { word: string; place: string; partner: string | null } {
  const word = set?.promises.find((p) => p.words.length > 0)?.words[0] ?? 'medborgarkontakt';
  const place = set?.places[0]?.name ?? 'Centrum';
  const partnered = set?.promises.find((p) => p.partners && p.words.length > 0);
  const partnerId = partnered ? namedPartners(partnered)[0] : undefined;
  const partner = set?.partners.find((p) => p.id === partnerId)?.name ?? set?.partners[0]?.name ?? null;
  return { word: partnered?.words[0] && partner ? partnered.words[0] : word, place, partner };
}

function logSection(set: PromiseSetDef | null): string[] {
  const ex = examples(set);
  // A promise counted by place makes the most telling first example ("medborgarkontakt Centrum").
  const placed = set?.promises.find(
    (p) => p.words.length > 0 && (p.places?.fromList || p.places?.watch.length),
  );
  const first = placed?.words[0] ?? set?.promises.find((p) => p.words.length > 0)?.words[0] ?? ex.word;
  const lines = [
    'Logga en gjord aktivitet:',
    `  ${LOG_USAGE}`,
    `  /logga ${first} ${ex.place}`,
    `  /logga ${first} ${ex.place} igår 3 st "lugnt vid kiosken"`,
  ];
  if (ex.partner) lines.push(`  /logga ${ex.word} ${ex.place} fredag kl 21 med ${ex.partner}, @kollega`);
  lines.push(
    `  När: ${DATE_FORMS} (standard: idag).`,
    '  Antal: 3 st, x3, två st, tre gånger. Flera löften med samma aktivitet: ord1+ord2.',
    '  Saknas en plats eller samverkanspart som löftet kräver frågar boten; "ändå" sparar raden ändå (räknas inte).',
    '  Fler än 20 på en rad: skriv samma rad med "bekräfta", eller dela upp den.',
    '  /logga ångra tar bort din senaste registrering.',
    '  Dina 10 senaste poster, numrerade (1 är den senaste): /logga mina',
    '  Rätta en post: /logga ändra [nummer] <det som ska bli nytt> (utan nummer: den senaste). Delarna skrivs som i /logga, antal med st, stycken eller gånger:',
    `  /logga ändra 2 ${ex.place} igår 3 st`,
    '  Ta bort det som skrevs fel: utan plats, utan part, utan tid, utan anteckning, utan målgrupp, utan metod (eller ingen …):',
    '  /logga ändra 2 utan part. Räknas posten inte utan det, frågar boten först; "ändå" tar bort det ändå.',
    'Skriv inga personuppgifter om medborgare (personnummer, telefon, e-post, registreringsnummer).',
  );
  return lines;
}

function planSection(set: PromiseSetDef | null): string[] {
  const ex = examples(set);
  return [
    'Planera en kommande aktivitet (räknas först när den loggas):',
    `  ${PLAN_USAGE}`,
    `  /planera ${ex.word} ${ex.place} v.14${ex.partner ? ` med ${ex.partner}` : ''}`,
  ];
}

function vocabularySection(set: PromiseSetDef): string[] {
  const lines = ['Aktiviteter (ord som loggar löftet):'];
  for (const promise of set.promises) {
    if (promise.words.length === 0) continue;
    lines.push(`  ${promise.words.join(', ')} — ${promise.title}`);
  }
  if (set.places.length > 0) {
    lines.push(
      `Platser: ${set.places.map((p) => (p.aliases.length ? `${p.name} (${p.aliases.join(', ')})` : p.name)).join('; ')}`,
    );
  }
  if (set.partners.length > 0) lines.push(`Samverkansparter: ${set.partners.map((p) => p.name).join(', ')}`);
  const triggered = set.promises.filter((p) => p.conditional && p.conditional.words.length > 0);
  if (triggered.length > 0) {
    lines.push('När behovet uppkommer (noteras med /logga, räknas inte som utfört):');
    for (const p of triggered) lines.push(`  ${p.conditional!.words.join(', ')} — ${p.conditional!.trigger}`);
  }
  const named = (list: readonly { name: string; aliases: string[] }[]) =>
    list.map((x) => (x.aliases.length ? `${x.name} (${x.aliases.join(', ')})` : x.name)).join('; ');
  if (set.targetGroups.length > 0) lines.push(`Målgrupper: ${named(set.targetGroups)}`);
  if (set.methods.length > 0) lines.push(`Metoder: ${named(set.methods)}`);
  return lines;
}

const OTHER = [
  '/status — alla löften just nu',
  [
    `${REPORT_USAGE} — uppföljningen för hela perioden, ett år eller en del av den:`,
    '  /rapport T2 2019 (tertial), Q3 2019 (kvartal), H1 (halvår), VT 2020 / HT 2020 (termin),',
    '  mars 2019 eller 2019-03 (månad), v.14 2019 (vecka), 2019/20 (läsår), 2024 (ett år)',
    '  /rapport 2019 publik — versionen för medborgare: en webbsida och Markdown utan anteckningar, namn, kommentarer och planer',
    '  /rapport 2019 fastställ — chefen fastställer uppföljningen; då är löftet om den skriftliga sammanställningen uppfyllt (chef)',
  ].join('\n  '),
  '/loften — löftena och orden som loggar dem',
  '/loften koppla <nyckel> — koppla kanalen till en löftesfil (admin)',
  '/loften roll @person <polis|grupp|chef|admin> — ge någon en roll (admin)',
  '/loften schema [<veckodag> <HH:MM> | av | på] — när veckoöversikten kommer hit, t.ex. /loften schema onsdag 09:30 (standard måndag 08:00, nästa arbetsdag efter en helgdag; ändras av arbetsgrupp)',
  '/loften bedöm <löfte> <status> "orsak" — sätt status för ett löfte utan tal (arbetsgrupp)',
  '/loften kommentar <löfte> [period] "text" — kommentar till ett löfte, t.ex. orsaken till ett utfall; syns i rapporten (arbetsgrupp)',
];

/** Swedish help; `topic` is a verb (`logga`, `planera`, …) to show only that part. */
export function helpText(set: PromiseSetDef | null, topic?: string): string {
  const header = set ? `Löftesbot — ${set.title}, ${set.municipality}` : 'Löftesbot';
  const focus = topic === undefined ? null : normaliseWord(topic).replace(/^\//, '');
  const vocabulary = set
    ? vocabularySection(set)
    : ['Kanalen är inte kopplad till några löften än: /loften koppla <nyckel>.'];
  let sections: string[][];
  if (focus === 'logga') sections = [logSection(set), vocabulary];
  else if (focus === 'planera') sections = [planSection(set), vocabulary];
  else if (focus === 'loften') sections = [vocabulary, OTHER.filter((line) => line.startsWith('/loften'))];
  else if (focus === 'status' || focus === 'rapport')
    sections = [OTHER.filter((line) => line.startsWith(`/${focus}`))];
  else
    sections = [
      logSection(set),
      planSection(set),
      ['Övrigt:', ...OTHER.map((line) => `  ${line}`)],
      vocabulary,
    ];
  return [header, ...sections.map((lines) => lines.join('\n'))].join('\n\n');
}

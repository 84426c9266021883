// The words a promise set understands, folded once per set so matching a line is a lookup.
import type { PromiseSetDef } from '../promise-set/schema.ts';
import { normaliseWord } from '../text/normalise.ts';

export interface VocabularyEntry {
  id: string;
  /** How the user should write it when we suggest it ("Menade du …?"). */
  display: string;
  /** An activity phrase that records a conditional promise's trigger ("önskemål trygghetsvandring"). */
  trigger?: true;
}

export interface PhraseTable {
  /** Folded phrase (words joined by one space) → entry. */
  byPhrase: Map<string, VocabularyEntry>;
  /** Longest phrase in words, so matching knows how far to look ahead. */
  maxWords: number;
}

export interface Vocabulary {
  /** Activity word → promise id; `display` is the word, `id` the promise. */
  activities: PhraseTable;
  /** Canonical (first) word of each promise. */
  canonicalWord: Map<string, string>;
  places: PhraseTable;
  /** Place id → its name, for messages. */
  placeName: Map<string, string>;
  partners: PhraseTable;
  targetGroups: PhraseTable;
  methods: PhraseTable;
}

function createTable(): PhraseTable {
  return { byPhrase: new Map(), maxWords: 1 };
}

function addPhrase(table: PhraseTable, phrase: string, entry: VocabularyEntry): void {
  const folded = normaliseWord(phrase);
  // The first definition wins: a word listed twice keeps meaning what the file said first.
  if (!folded || table.byPhrase.has(folded)) return;
  table.byPhrase.set(folded, entry);
  table.maxWords = Math.max(table.maxWords, folded.split(' ').length);
}

export function buildVocabulary(set: PromiseSetDef): Vocabulary {
  const activities = createTable();
  const canonicalWord = new Map<string, string>();
  for (const promise of set.promises) {
    const first = promise.words[0];
    if (first === undefined) continue;
    canonicalWord.set(promise.id, first);
    for (const word of promise.words) addPhrase(activities, word, { id: promise.id, display: word });
  }
  // "önskemål trygghetsvandring": the condition of a conditional promise arose (unique, see the loader).
  for (const promise of set.promises) {
    for (const word of promise.conditional?.words ?? []) {
      addPhrase(activities, word, { id: promise.id, display: word, trigger: true });
    }
  }
  // Promise ids are slugs users see in /loften; accept them after the words.
  for (const promise of set.promises) {
    const first = promise.words[0];
    if (first !== undefined) addPhrase(activities, promise.id, { id: promise.id, display: first });
  }

  const places = createTable();
  const placeName = new Map<string, string>();
  for (const place of set.places) {
    placeName.set(place.id, place.name);
    addPhrase(places, place.name, { id: place.id, display: place.name });
    for (const alias of place.aliases) addPhrase(places, alias, { id: place.id, display: alias });
    addPhrase(places, place.id, { id: place.id, display: place.name });
  }
  // Members of named sets (classes, villages) are written where places are; a name two members share
  // (the same class in two school years) is settled by the entry's date (resolveMember).
  for (const named of set.sets) {
    for (const member of named.members) {
      addPhrase(places, member.name, { id: member.id, display: member.name });
      for (const alias of member.aliases) addPhrase(places, alias, { id: member.id, display: alias });
      addPhrase(places, member.id, { id: member.id, display: member.name });
    }
  }

  const partners = namedTable(set.partners);
  const targetGroups = namedTable(set.targetGroups);
  const methods = namedTable(set.methods);
  return { activities, canonicalWord, places, placeName, partners, targetGroups, methods };
}

/** Name, aliases and id of each entry of a named list (partners, target groups, methods). */
function namedTable(list: readonly { id: string; name: string; aliases: string[] }[]): PhraseTable {
  const table = createTable();
  for (const item of list) {
    addPhrase(table, item.name, { id: item.id, display: item.name });
    for (const alias of item.aliases) addPhrase(table, alias, { id: item.id, display: alias });
    addPhrase(table, item.id, { id: item.id, display: item.name });
  }
  return table;
}

// Who a reminder names: the entries of a promise's `responsible` and of a follow-up step's `by` and
// `to` are platform user ids (mentioned), roles (the users holding the role in the channel, found by
// the app; otherwise the role in Swedish) or plain words ("Kommunpolis", "Vingåkers kommun").

import type { ReplyMention } from '../reply.ts';
import { lookupTable } from '../text/lookup-table.ts';
import { normaliseWord } from '../text/normalise.ts';
import type { Platform } from '../types.ts';

export type RoleKey = 'officer' | 'group' | 'chief' | 'admin';

export type NamedEntry =
  | { kind: 'user'; userId: string }
  | { kind: 'role'; role: RoleKey }
  | { kind: 'text'; text: string };

/** A person a reminder names; `userId` when the platform can mention them. */
export interface Person {
  userId?: string;
  name: string;
  /** A name as written in the promise file (not a role, not a user). */
  written?: boolean;
}

/** Resolves an entry to the people it stands for (the app looks roles up in the store). */
export type PeopleLookup = ReadonlyMap<string, readonly Person[]>;

const ROLE_WORDS: Record<string, RoleKey> = lookupTable({
  officer: 'officer',
  poliserna: 'officer',
  group: 'group',
  grupp: 'group',
  arbetsgrupp: 'group',
  arbetsgruppen: 'group',
  chief: 'chief',
  chef: 'chief',
  chefen: 'chief',
  admin: 'admin',
  administrator: 'admin',
  administratoren: 'admin',
});

/** How a role reads in a sentence when nobody in the channel holds it. */
export const ROLE_NOUNS: Record<RoleKey, string> = {
  officer: 'poliserna',
  group: 'arbetsgruppen',
  chief: 'chefen',
  admin: 'administratören',
};

/**
 * A role is written as a role word (`chef`, `arbetsgruppen`, `group`), with or without `roll:` /
 * `role:`; "Polisen", "Kommunpolis" and other names of organisations stay words.
 */
export function classifyEntry(entry: string): NamedEntry {
  const trimmed = entry.trim();
  const slackMention = /^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$/.exec(trimmed);
  if (slackMention) return { kind: 'user', userId: `slack:${slackMention[1]}` };
  if (/^(slack|teams|console):\S+$/.test(trimmed)) return { kind: 'user', userId: trimmed };
  const word = normaliseWord(trimmed).replace(/^(roll|role):\s*/, '');
  const role = ROLE_WORDS[word];
  return role ? { kind: 'role', role } : { kind: 'text', text: trimmed };
}

function idTail(userId: string): string {
  return userId.split(':').at(-1) ?? userId;
}

/** The people an entry stands for without the store: a user as is, a role by its Swedish noun. */
export function defaultPeople(entry: string): Person[] {
  const named = classifyEntry(entry);
  if (named.kind === 'user') return [{ userId: named.userId, name: idTail(named.userId) }];
  if (named.kind === 'role') return [{ name: ROLE_NOUNS[named.role] }];
  return [{ name: named.text, written: true }];
}

/**
 * One person as the platform shows them: Slack pings `<@U…>`, Teams `<at>Namn</at>` (recorded in
 * `mentions` so the card carries the mention entity), elsewhere `@namn`; a name without a user as
 * written (`atWords` prefixes it with `@`, as promise files' `responsible` names have always read).
 */
export function personText(
  person: Person,
  platform: Platform,
  mentions: ReplyMention[],
  atWords = false,
): string {
  if (!person.userId)
    return atWords && person.written && !person.name.startsWith('@') ? `@${person.name}` : person.name;
  const slack = /^slack:(?:[A-Z0-9]+:)?([UW][A-Z0-9]+)$/.exec(person.userId);
  if (slack && platform === 'slack') {
    const text = `<@${slack[1]}>`;
    if (!mentions.some((m) => m.text === text))
      mentions.push({ text, userId: person.userId, name: person.name });
    return text;
  }
  if (person.userId.startsWith('teams:') && platform === 'teams') {
    const text = `<at>${person.name}</at>`;
    if (!mentions.some((m) => m.text === text && m.userId === person.userId))
      mentions.push({ text, userId: person.userId, name: person.name });
    return text;
  }
  return `@${person.name}`;
}

/** Entries as one comma-separated text, each resolved through `people` (or by default). */
export function peopleText(
  entries: readonly string[],
  platform: Platform,
  people: PeopleLookup,
  mentions: ReplyMention[],
  atWords = false,
): string {
  const persons = entries.flatMap((e) => people.get(e) ?? defaultPeople(e));
  const texts = persons.map((p) => personText(p, platform, mentions, atWords));
  return [...new Set(texts)].join(', ');
}

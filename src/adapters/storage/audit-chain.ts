// The audit trail as a hash chain: entry n stores the hash of entry n-1 and its own hash over that,
// its place and its content, so a changed, removed or inserted entry breaks the chain at that point
// (`loftesbot audit --verify`). Rows are append-only (a trigger refuses UPDATE and DELETE on both
// databases), and hold no free text: notes, participants, reasons, names, comment texts and
// places and partners typed free are kept as a hash of the value, so retention never touches them.
import { createHash } from 'node:crypto';

/** Keys whose values are free text or personal data: stored in the audit trail as a hash only. */
const FREE_TEXT_KEYS = new Set(['note', 'participants', 'reason', 'name', 'text', 'userName']);

/** PostgreSQL: the advisory lock key every writer of the chain takes before reading its head. */
export const AUDIT_CHAIN_LOCK = 'loftesbot audit chain';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const hashed = (v: unknown) => `sha256:${sha256(JSON.stringify(v))}`;

/**
 * The ids a set's file lists (its places and partners): these stay readable in the trail; a place or
 * partner typed free (an open place, a partner outside the list) is free text and kept as a hash.
 */
export interface KnownIds {
  places: ReadonlySet<string>;
  partners: ReadonlySet<string>;
}

export const NO_KNOWN_IDS: KnownIds = { places: new Set(), partners: new Set() };

/**
 * The value with every free-text field replaced by `sha256:<hex>` of its JSON (null stays null):
 * notes, participants, reasons, names, comment texts, and places and partners that are not ids of
 * the set's file (`known`).
 */
export function redactFreeText(value: unknown, known: KnownIds = NO_KNOWN_IDS): unknown {
  if (Array.isArray(value)) return value.map((v) => redactFreeText(v, known));
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    // A number is a count, not text (a purge's entry says how many participants it removed).
    if (v === null || v === undefined || typeof v === 'number') out[key] = v;
    else if (FREE_TEXT_KEYS.has(key)) out[key] = hashed(v);
    else if (key === 'place' && typeof v === 'string') out[key] = known.places.has(v) ? v : hashed(v);
    else if (key === 'partners' && Array.isArray(v)) {
      out[key] = v.map((p) =>
        typeof p === 'string' ? (known.partners.has(p) ? p : hashed(p)) : redactFreeText(p, known),
      );
    } else out[key] = redactFreeText(v, known);
  }
  return out;
}

/** A set file's listed place and partner ids. */
export function knownIdsOf(def: {
  places?: readonly { id: string }[];
  partners?: readonly { id: string }[];
}): KnownIds {
  return {
    places: new Set((def.places ?? []).map((p) => p.id)),
    partners: new Set((def.partners ?? []).map((p) => p.id)),
  };
}

/** The stored fields an entry's hash covers (`at` as an ISO instant, before/after as stored text). */
export interface ChainedFields {
  id: string;
  at: Date | string;
  actor: string;
  platform: string;
  action: string;
  entity: string;
  entityId: string;
  before: string | null;
  after: string | null;
}

/** The entry's content as one string, the same when computed at write and at verification. */
export function auditBody(row: ChainedFields): string {
  const at = row.at instanceof Date ? row.at.toISOString() : new Date(row.at).toISOString();
  return JSON.stringify([
    row.id,
    at,
    row.actor,
    row.platform,
    row.action,
    row.entity,
    row.entityId,
    row.before,
    row.after,
  ]);
}

/** PostgreSQL computes the same: encode(sha256(convert_to(prev || E'\n' || seq || E'\n' || body, 'UTF8')), 'hex'). */
export function chainHash(prevHash: string, seq: number, body: string): string {
  return sha256(`${prevHash}\n${seq}\n${body}`);
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** The link for the entry after `head` (null: the chain's first entry). */
export function nextLink(head: ChainHead | null, row: ChainedFields) {
  const seq = Number(head?.seq ?? 0) + 1;
  const prevHash = head?.hash ?? '';
  return { seq, prevHash, hash: chainHash(prevHash, seq, auditBody(row)) };
}

export type ChainCheck =
  | { ok: true; checked: number; unchained: number }
  | { ok: false; checked: number; seq: number; id: string | null; problem: string };

/** Walks the chain in `seq` order; the first link that does not hold is named. */
export function verifyChain(
  rows: readonly (ChainedFields & { seq: number | null; prevHash: string | null; hash: string | null })[],
): ChainCheck {
  const chained = rows.filter((r) => r.seq !== null).sort((a, b) => a.seq! - b.seq!);
  const unchained = rows.length - chained.length;
  let prev = '';
  for (const [i, row] of chained.entries()) {
    const expected = i + 1;
    const fail = (problem: string): ChainCheck => ({
      ok: false,
      checked: i,
      seq: expected,
      id: row.id,
      problem,
    });
    if (row.seq !== expected) {
      return { ok: false, checked: i, seq: expected, id: null, problem: `post ${expected} saknas` };
    }
    if (row.prevHash !== prev) return fail('länken till föregående post stämmer inte');
    if (row.hash !== chainHash(prev, expected, auditBody(row))) return fail('innehållet har ändrats');
    prev = row.hash;
  }
  return { ok: true, checked: chained.length, unchained };
}

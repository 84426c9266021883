// The people behind the role entries of a digest (`by: [chef]`, `responsible: [arbetsgruppen]`):
// the users holding the role in the channel the digest is posted to, with the names their mentions
// carried. A role nobody holds is named in Swedish ("chefen") by the renderer.
import { classifyEntry, type PeopleLookup, type Person, ROLE_NOUNS } from '../../domain/digest/people.ts';
import type { Digest } from '../../domain/digest/types.ts';
import type { ChannelId, Store } from '../ports.ts';

/** Every entry of the digest that names people. */
export function digestEntries(digest: Digest): string[] {
  return [
    ...digest.slipping.flatMap((i) => i.responsible),
    ...(digest.reminder?.responsible ?? []),
    ...(digest.followUps ?? []).flatMap((f) => [...f.by, ...f.to]),
  ];
}

export async function findPeople(
  store: Pick<Store, 'findRoleHolders'>,
  channelId: ChannelId,
  entries: readonly string[],
): Promise<PeopleLookup> {
  const people = new Map<string, Person[]>();
  for (const entry of new Set(entries)) {
    const named = classifyEntry(entry);
    if (named.kind !== 'role') continue;
    const holders = await store.findRoleHolders(channelId, named.role);
    if (holders.length === 0) continue;
    people.set(
      entry,
      holders.map((h) => ({
        userId: h.userId,
        // Without a name from the mention, Teams shows the role; other platforms the id's last part.
        name:
          h.name ??
          (h.userId.startsWith('teams:') ? ROLE_NOUNS[named.role] : (h.userId.split(':').at(-1) ?? h.userId)),
      })),
    );
  }
  return people;
}

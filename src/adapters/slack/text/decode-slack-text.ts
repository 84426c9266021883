// Slack sends user text escaped (`&amp;`, `&lt;`, `&gt;`) and with its own markup for mentions,
// channels, groups and links. Decoded here, so a note typed `A&O <b>` is stored as typed, exactly as
// Teams (which decodes) stores it. People mentioned outside the note stay mentions (`<@U2|anna>`, the
// grammar credits them); inside the note they become `@anna`. `<!channel>`, `<!here>`, `<!everyone>`
// and user groups become plain words, so no stored text can ping anyone when it is shown again.

/** A display name for a Slack user id, or null when none is known. */
export type LookupName = (userId: string) => Promise<string | null>;

const MARKUP = /<([^<>]*)>|&(amp|lt|gt);/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>' };
const QUOTED = /["“”„«»][^"“”„«»]*["“”„«»]/gu;
/** A user's name is looked up at most this long; the mention's own label or the id is used after it. */
const LOOKUP_BUDGET_MS = 700;

export async function decodeSlackText(text: string, lookupName?: LookupName): Promise<string> {
  const ids = new Set<string>();
  for (const m of text.matchAll(/<@([UW][A-Z0-9]+)>/g)) ids.add(m[1]!);
  const names = new Map<string, string | null>();
  if (lookupName && ids.size > 0) {
    await Promise.all(
      [...ids].map(async (id) => names.set(id, await withinBudget(lookupName(id), LOOKUP_BUDGET_MS))),
    );
  }
  const decoded = text.replace(MARKUP, (_whole, markup: string | undefined, entity: string | undefined) =>
    markup === undefined ? ENTITIES[entity!]! : decodeMarkup(markup, names),
  );
  // Inside the quoted note a mention is only words: `@anna`.
  return decoded.replace(QUOTED, (quoted) =>
    quoted.replace(/<@[UW][A-Z0-9]+\|([^>]*)>|<@([UW][A-Z0-9]+)>/g, (_m, label: string, id: string) =>
      label ? `@${label}` : `@${id}`,
    ),
  );
}

function decodeMarkup(markup: string, names: Map<string, string | null>): string {
  const [target = '', label] = splitLabel(markup);
  if (target.startsWith('@')) {
    const id = target.slice(1);
    const name = label || names.get(id) || null;
    // Kept as a mention for the grammar, with the name as its label (roles and reminders use it).
    return name ? `<@${id}|${plainLabel(name)}>` : `<@${id}>`;
  }
  if (target.startsWith('#')) return `#${label ? plainLabel(label) : 'kanal'}`;
  if (target.startsWith('!')) {
    const special = target.slice(1);
    if (special.startsWith('subteam^')) return `@${plainLabel(label ?? 'grupp').replace(/^@/, '')}`;
    if (special.startsWith('date^')) return plainLabel(label ?? '');
    return `@${plainLabel(label ?? special).replace(/^@/, '')}`;
  }
  // A link: its text as the person wrote it, the address beside it when they differ.
  const url = decodeEntities(target.replace(/^mailto:/, ''));
  if (!label) return url;
  const shown = plainLabel(label);
  return shown === url || shown === target ? shown : `${shown} (${url})`;
}

function splitLabel(markup: string): [string, string | undefined] {
  const bar = markup.indexOf('|');
  return bar < 0 ? [markup, undefined] : [markup.slice(0, bar), markup.slice(bar + 1)];
}

const decodeEntities = (s: string): string => s.replace(/&(amp|lt|gt);/g, (_m, e: string) => ENTITIES[e]!);

/** A label as plain text: decoded, and without the characters that would end a mention. */
const plainLabel = (s: string): string =>
  decodeEntities(s)
    .replace(/[<>|"“”„«»]/g, '')
    .trim();

async function withinBudget<T>(work: Promise<T>, ms: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), ms);
  });
  try {
    return await Promise.race([work.catch(() => null), late]);
  } finally {
    clearTimeout(timer);
  }
}

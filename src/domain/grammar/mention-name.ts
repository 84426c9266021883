// The display name a mention carries, as the platforms send them: Teams `<at>Anna Svensson</at>`,
// Slack `<@U2|anna>` (a bare `<@U2>` carries none), and a typed `@anna`. Kept with a role so that
// reminders can name (and in Teams, mention) the person.
export function mentionName(raw: string): string | null {
  const teams = /^<at>([\s\S]*)<\/at>$/.exec(raw.trim());
  if (teams) return teams[1]!.trim() || null;
  const slack = /^<@[^|>]+(?:\|([^>]*))?>$/.exec(raw.trim());
  if (slack) return slack[1]?.trim() || null;
  const typed = raw.trim().replace(/^@/, '');
  return typed === '' ? null : typed;
}

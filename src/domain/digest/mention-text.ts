// A promise's responsible people as a mention. Slack pings `<@U…>` in plain text; other platforms
// (and display names from the promise file) read best as `@Namn`.
import type { Platform } from '../types.ts';

export function mentionText(entry: string, platform: Platform): string {
  const slackUser = /^slack:(?:[A-Z0-9]+:)?([UW][A-Z0-9]+)$/.exec(entry);
  if (slackUser) return platform === 'slack' ? `<@${slackUser[1]}>` : `@${slackUser[1]}`;
  const prefixed = /^(?:slack|teams|console):(.+)$/.exec(entry);
  const name = prefixed ? prefixed[1]!.split(':').pop()! : entry;
  return name.startsWith('@') ? name : `@${name}`;
}

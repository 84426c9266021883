// Slack ids are only unique within a workspace, so every id the app sees carries the team: the
// workspace (`T…`), or the Enterprise Grid organisation (`E…`) when the app is installed org-wide,
// where channel and user ids are unique across the organisation's workspaces.

export const slackUserId = (teamId: string, userId: string): string => `slack:${teamId}:${userId}`;
export const slackChannelId = (teamId: string, channelId: string): string => `slack:${teamId}:${channelId}`;

/** `slack:T1:C1` → `{ teamId: 'T1', id: 'C1' }`; null for ids of other platforms. */
export function parseSlackId(id: string): { teamId: string; id: string } | null {
  const m = /^slack:([^:]+):([^:]+)$/.exec(id);
  return m ? { teamId: m[1]!, id: m[2]! } : null;
}

/**
 * Mentions as Slack sends them (`<@U2|anna>`, `<@U2>`) become `slack:<team>:U2`; a plain `@name`
 * (typed without picking from the list) keeps the name, so the entry still credits someone.
 */
export function createMentionResolver(teamId: string): (raw: string) => string {
  return (raw) => {
    const m = /^<@([A-Z0-9]+)(?:\|[^>]*)?>$/.exec(raw.trim());
    if (m) return slackUserId(teamId, m[1]!);
    return slackUserId(teamId, raw.trim().replace(/^@/, ''));
  };
}

/**
 * What qualifies ids from a request (Bolt's context) or an installation: the organisation for an
 * org-wide (Enterprise Grid) install, else the workspace. A workspace install inside a Grid
 * organisation keeps its workspace, as before enterprise ids were read.
 */
export function workspaceKey(ctx: {
  teamId?: string | undefined;
  enterpriseId?: string | undefined;
  isEnterpriseInstall?: boolean | undefined;
}): string | undefined {
  return ctx.isEnterpriseInstall && ctx.enterpriseId ? ctx.enterpriseId : ctx.teamId || undefined;
}

// LOFTESBOT_ADMINS written as bare platform ids (`U0456`, an Entra object id) are read as users of
// the one workspace or tenant this deployment serves: the Slack adapter qualifies them with its bot
// token's workspace, the Teams adapter with TENANT_ID. Only the qualified forms ever match a caller
// (`isGlobalAdmin`), so a user with the same id in another workspace, tenant or platform is no admin.
import type { Logger } from './deps.ts';

const BARE_SLACK_USER = /^[UW][A-Z0-9]+$/;
const BARE_ENTRA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Adds the qualified form of every bare id of `platform` to `admins` (in place) and returns what was
 * added. `home` is the Slack team id or the Teams tenant id; `'*'` (any tenant) only in local Teams mode.
 */
export function qualifyBareAdmins(
  admins: string[],
  platform: 'slack' | 'teams',
  home: string | null,
  log: Logger,
): string[] {
  const bare = admins.filter((id) => (platform === 'slack' ? BARE_SLACK_USER : BARE_ENTRA_ID).test(id));
  if (bare.length === 0) return [];
  if (home === null) {
    log.warn(
      { platform, count: bare.length },
      'LOFTESBOT_ADMINS: bare ids are ignored without a known workspace or tenant; write them qualified',
    );
    return [];
  }
  const added = bare.map((id) => `${platform}:${home}:${id}`).filter((id) => !admins.includes(id));
  admins.push(...added);
  log.info(
    { platform, home, count: added.length },
    'LOFTESBOT_ADMINS: bare ids read as users of this workspace',
  );
  return added;
}

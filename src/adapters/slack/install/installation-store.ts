// Bolt's installation store on the project's database (Store.saveSlackInstallation …): one row per
// workspace (`T…`), or per Enterprise Grid organisation for an org-wide install (`E…`). The same key
// qualifies every id from that installation (`slack:<key>:<id>`, ids/slack-ids.ts), so a binding
// names the installation whose token posts into it.
import type { Installation, InstallationQuery, InstallationStore } from '@slack/bolt';
import { SYSTEM_ACTOR } from '../../../app/delivery/record-post-outcome.ts';
import type { AppDeps } from '../../../app/deps.ts';
import { slackUserId, workspaceKey } from '../ids/slack-ids.ts';

/** The installation's key: its organisation for an org-wide install, else its workspace. */
export function installationKey(installation: Installation): string {
  const key = workspaceKey({
    teamId: installation.team?.id,
    enterpriseId: installation.enterprise?.id,
    isEnterpriseInstall: installation.isEnterpriseInstall === true,
  });
  if (!key) throw new Error('Slack installation without a team or enterprise id');
  return key;
}

function queryKey(query: InstallationQuery<boolean>): string | undefined {
  return workspaceKey({
    teamId: query.teamId,
    enterpriseId: query.enterpriseId,
    isEnterpriseInstall: query.isEnterpriseInstall,
  });
}

export interface SlackInstallations extends InstallationStore {
  /** The stored installation for a workspace key (`T…`/`E…`), or null. */
  find(key: string): Promise<Installation | null>;
  /** The app uninstalled there or its token revoked: the installation is deleted (audited). */
  remove(key: string, code: string): Promise<boolean>;
}

export function createInstallationStore(deps: Pick<AppDeps, 'store' | 'clock' | 'log'>): SlackInstallations {
  const find = async (key: string): Promise<Installation | null> => {
    const row = await deps.store.getSlackInstallation(key);
    return row ? (JSON.parse(row.installation) as Installation) : null;
  };
  return {
    async storeInstallation(installation) {
      const key = installationKey(installation);
      await deps.store.saveSlackInstallation(
        {
          id: key,
          teamId: installation.team?.id ?? null,
          enterpriseId: installation.enterprise?.id ?? null,
          isEnterpriseInstall: installation.isEnterpriseInstall === true,
          installation: JSON.stringify(installation),
        },
        { actor: slackUserId(key, installation.user.id), platform: 'slack', action: 'install' },
        deps.clock.now(),
      );
      deps.log.info({ workspace: key }, 'slack: app installed');
    },
    async fetchInstallation(query) {
      const key = queryKey(query);
      const found = key ? await find(key) : null;
      // Bolt answers the request as unauthorised when this throws.
      if (!found) throw new Error(`no Slack installation for ${key ?? 'an unknown workspace'}`);
      return found;
    },
    async deleteInstallation(query) {
      const key = queryKey(query);
      if (key)
        await deps.store.deleteSlackInstallation(
          key,
          { actor: SYSTEM_ACTOR, platform: 'slack', action: 'uninstall' },
          deps.clock.now(),
        );
    },
    find,
    async remove(key, code) {
      const removed = await deps.store.deleteSlackInstallation(
        key,
        { actor: SYSTEM_ACTOR, platform: 'slack', action: `lifecycle:${code}` },
        deps.clock.now(),
      );
      if (removed) deps.log.warn({ workspace: key, event: code }, 'slack: installation removed');
      return removed;
    },
  };
}

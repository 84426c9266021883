// The Web API client for a workspace, for work that no request carries a client for: digests and
// reminders, admin notices, App Home refreshed after a notice. One workspace: the bot token's client.
// Many workspaces: a client with the token of the installation the id names (`slack:<key>:…`).
import { webApi } from '@slack/bolt';
import type { SlackInstallations } from './install/installation-store.ts';
import type { WebClient, WebClientOptions } from './slack-types.ts';

export interface SlackClients {
  /** The client for a workspace key (`T…`, or `E…` for an org-wide install); null when not installed there. */
  forWorkspace(key: string): Promise<WebClient | null>;
}

export function singleWorkspaceClients(client: WebClient): SlackClients {
  return { forWorkspace: async () => client };
}

export function installationClients(
  installations: Pick<SlackInstallations, 'find'>,
  options: WebClientOptions,
): SlackClients {
  // One client per token: a reinstall (new token) gets a new one.
  const byToken = new Map<string, WebClient>();
  return {
    async forWorkspace(key) {
      const token = (await installations.find(key))?.bot?.token;
      if (!token) return null;
      let client = byToken.get(token);
      if (!client) {
        client = new webApi.WebClient(token, options);
        byToken.set(token, client);
      }
      return client;
    },
  };
}

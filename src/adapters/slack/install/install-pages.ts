// What the person installing Löftesbot sees in the browser at the end of Slack's OAuth flow: where it
// was installed and what to do next, or what went wrong and how to try again. Swedish, plain HTML.
import type { ServerResponse } from 'node:http';
import type { Installation } from '@slack/bolt';
import type { Logger } from '../../../app/deps.ts';
import { installationKey } from './installation-store.ts';

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(res: ServerResponse, status: number, title: string, lines: string[]): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
      `<body><h1>${escapeHtml(title)}</h1>${lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('')}</body></html>`,
  );
}

export function installPages(log: Logger) {
  return {
    success(installation: Installation, _options: unknown, _req: unknown, res: ServerResponse): void {
      const name = installation.isEnterpriseInstall
        ? (installation.enterprise?.name ?? installation.enterprise?.id ?? '')
        : (installation.team?.name ?? installation.team?.id ?? '');
      log.info({ workspace: installationKey(installation) }, 'slack: install flow completed');
      page(res, 200, 'Löftesbot är installerad', [
        `Löftesbot är nu installerad i ${name}.`,
        'Bjud in @Löftesbot i arbetsgruppens kanal (/invite @Löftesbot) och koppla kanalen till era löften med /loften koppla <nyckel>.',
      ]);
    },
    failure(
      error: { code?: string; message?: string; data?: { error?: unknown } },
      _options: unknown,
      _req: unknown,
      res: ServerResponse,
    ): void {
      // Slack's own code when oauth.v2.access refused (invalid_code, bad_client_secret …).
      const code = typeof error.data?.error === 'string' ? error.data.error : error.code;
      log.warn({ code, err: error.message }, 'slack: install flow failed');
      const cancelled = error.code === 'slack_oauth_installer_authorization_error';
      page(res, cancelled ? 200 : 400, 'Löftesbot installerades inte', [
        cancelled
          ? 'Installationen avbröts i Slack. Inget installerades.'
          : `Slack godkände inte installationen (${code ?? 'okänt fel'}). Inget installerades.`,
        'Börja om från installationslänken (/slack/install) i samma webbläsare, inom tio minuter.',
      ]);
    },
  };
}

// Why Slack could not be reached at start, in Swedish for the operator who started the bot:
// `npm start` stops with this text instead of a stack trace.

export class SlackStartError extends Error {
  override name = 'SlackStartError';
}

/** The call that failed: `auth.test` with the bot token, `apps.connections.open` with the app token. */
export interface StartStep {
  method: 'auth.test' | 'apps.connections.open';
  variable: 'SLACK_BOT_TOKEN' | 'SLACK_APP_TOKEN';
  /** Where the operator finds a good token. */
  where: string;
}

export const startSteps = {
  auth: {
    method: 'auth.test',
    variable: 'SLACK_BOT_TOKEN',
    where: 'Kopiera bot-token (xoxb-…) under OAuth & Permissions i Slack-appen.',
  },
  socket: {
    method: 'apps.connections.open',
    variable: 'SLACK_APP_TOKEN',
    where: 'Skapa en app-nivå-token med connections:write under Basic Information → App-Level Tokens.',
  },
} as const satisfies Record<string, StartStep>;

const tokenRefused = new Set(['not_authed', 'invalid_auth', 'account_inactive', 'token_revoked']);

export function describeStartError(error: unknown, step: StartStep): string {
  const e = (error ?? {}) as {
    code?: string;
    data?: { error?: string };
    statusCode?: number;
    original?: { cause?: { code?: string } };
    message?: string;
  };
  switch (e.code) {
    case 'slack_webapi_platform_error': {
      const code = e.data?.error ?? 'okänt fel';
      return tokenRefused.has(code)
        ? `Slack godtog inte ${step.variable} (${code}). ${step.where}`
        : `Slack svarade ${code} på ${step.method}.`;
    }
    case 'slack_webapi_request_error':
      return `Slack gick inte att nå (${e.original?.cause?.code ?? e.message ?? 'inget svar'}). Kontrollera nätverket och SLACK_API_URL om den är satt.`;
    case 'slack_webapi_http_error':
      return `Slack svarade med HTTP ${e.statusCode ?? '?'} på ${step.method}.`;
    default:
      return step.method === 'apps.connections.open'
        ? 'Socket Mode-anslutningen till Slack gick inte att öppna. Kontrollera att nätverket släpper igenom WebSocket (wss://) till Slack.'
        : `Slack gick inte att nå (${e.message ?? 'okänt fel'}).`;
  }
}

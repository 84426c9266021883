// All configuration, parsed once with zod. Nothing else reads process.env.
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const flag = z
  .string()
  .trim()
  .optional()
  .transform((s) => s === '1' || s === 'true' || s === 'yes');

/** Qualified admin ids, and the bare forms the adapters qualify with their own workspace or tenant. */
const QUALIFIED_ADMIN = /^(?:slack:[A-Z0-9]+:[A-Z0-9]+|teams:[^:\s]+:\S+|console:\S+)$/;
const BARE_SLACK_USER = /^[UW][A-Z0-9]+$/;
const BARE_ENTRA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i;

function isLoopbackUrl(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname.replace(/^\[|\]$/g, ''));
  } catch {
    return false;
  }
}

export const configSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .default('file:./data/loftesbot.db')
      .refine((u) => /^(file:|postgres(ql)?:\/\/)/.test(u), {
        message: 'måste börja med file: (SQLite) eller postgresql:// (PostgreSQL)',
      }),
    LOFTESBOT_NOW: optionalText.refine((s) => s === undefined || !Number.isNaN(Date.parse(s)), {
      message: 'måste vara en tidpunkt i ISO-form, till exempel 2018-03-19T08:00:00',
    }),
    LOFTESBOT_PROMISES: z.string().trim().default('promises/overkalix-2018.yml'),
    LOFTESBOT_ADMINS: z
      .string()
      .optional()
      .transform((s) =>
        (s ?? '')
          .split(/[,\s]+/)
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .superRefine((ids, ctx) => {
        for (const id of ids) {
          if (QUALIFIED_ADMIN.test(id) || BARE_SLACK_USER.test(id) || BARE_ENTRA_ID.test(id)) continue;
          ctx.addIssue({
            code: 'custom',
            message: `"${id}" är ingen användare: skriv slack:<team-id>:<user-id> (t.ex. slack:T0123:U0456) eller teams:<tenant-id>:<Entra object id>`,
          });
        }
      }),
    LOFTESBOT_TIME_ZONE: z.string().default('Europe/Stockholm'),
    LOFTESBOT_RATE_LIMIT: z.coerce.number().int().positive().default(30),
    LOFTESBOT_RETENTION_MONTHS: z.coerce.number().int().positive().default(24),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    SLACK_BOT_TOKEN: optionalText.refine((s) => s === undefined || /^xoxb-\S+$/.test(s), {
      message: 'måste vara en bot-token som börjar med xoxb- (OAuth & Permissions i Slack-appen)',
    }),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_APP_TOKEN: optionalText.refine((s) => s === undefined || /^xapp-\S+$/.test(s), {
      message:
        'måste vara en app-nivå-token som börjar med xapp- (Basic Information → App-Level Tokens, med connections:write)',
    }),
    /** Many-workspace mode (Slack's OAuth install flow): the app's credentials from Basic Information. */
    SLACK_CLIENT_ID: optionalText,
    SLACK_CLIENT_SECRET: optionalText,
    /** Signs the OAuth `state` parameter; any long random string of your own. */
    SLACK_STATE_SECRET: optionalText,
    SLACK_API_URL: optionalText.refine((s) => s === undefined || /^https?:\/\//.test(s), {
      message: 'måste vara en http(s)-adress',
    }),
    CLIENT_ID: optionalText,
    CLIENT_SECRET: optionalText,
    TENANT_ID: optionalText,
    SERVICE_URL: optionalText,
    TEAMS_LOCAL: flag,
    /** The address the HTTP server listens on; all interfaces when unset, loopback in local Teams mode. */
    HOST: optionalText,
    CI: flag,
  })
  .superRefine((c, ctx) => {
    if (c.SLACK_BOT_TOKEN && !c.SLACK_APP_TOKEN && !c.SLACK_SIGNING_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_SIGNING_SECRET'],
        message: 'krävs med SLACK_BOT_TOKEN i HTTP-läge (eller sätt SLACK_APP_TOKEN för Socket Mode)',
      });
    }
    const oauth = c.SLACK_CLIENT_ID || c.SLACK_CLIENT_SECRET || c.SLACK_STATE_SECRET;
    if (oauth) {
      // Many workspaces: every workspace's token comes from its installation, over HTTP.
      for (const name of [
        'SLACK_CLIENT_ID',
        'SLACK_CLIENT_SECRET',
        'SLACK_STATE_SECRET',
        'SLACK_SIGNING_SECRET',
      ] as const) {
        if (!c[name])
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message:
              'krävs för installation i flera arbetsytor (SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, SLACK_SIGNING_SECRET)',
          });
      }
      for (const name of ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN'] as const) {
        if (c[name])
          ctx.addIssue({
            code: 'custom',
            path: [name],
            message:
              'används bara för en arbetsyta: med SLACK_CLIENT_ID kommer varje arbetsytas token från dess installation (ta bort den, eller ta bort SLACK_CLIENT_ID)',
          });
      }
    }
    if (!oauth && !c.SLACK_BOT_TOKEN && (c.SLACK_APP_TOKEN || c.SLACK_SIGNING_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SLACK_BOT_TOKEN'],
        message: 'krävs när Slack är konfigurerat',
      });
    }
    if (c.CLIENT_ID && !c.CLIENT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['CLIENT_SECRET'], message: 'krävs med CLIENT_ID' });
    }
    if (c.CLIENT_SECRET && !c.CLIENT_ID) {
      ctx.addIssue({ code: 'custom', path: ['CLIENT_ID'], message: 'krävs med CLIENT_SECRET' });
    }
    // Local Teams mode takes activities without a token: only on this machine, never beside a
    // production configuration. Slack settings whose Web API is on this machine (a local stand-in
    // for Slack, as in the multi-replica tests) cannot reach a real workspace, so they are local too.
    if (c.TEAMS_LOCAL) {
      const slackIsLocal = c.SLACK_API_URL !== undefined && isLoopbackUrl(c.SLACK_API_URL);
      const production = (
        [
          'CLIENT_ID',
          'CLIENT_SECRET',
          'TENANT_ID',
          ...(slackIsLocal
            ? []
            : ([
                'SLACK_BOT_TOKEN',
                'SLACK_APP_TOKEN',
                'SLACK_SIGNING_SECRET',
                'SLACK_CLIENT_SECRET',
                'SLACK_STATE_SECRET',
              ] as const)),
        ] as const
      ).filter((name) => c[name] !== undefined);
      if (production.length > 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['TEAMS_LOCAL'],
          message: `tar emot meddelanden utan inloggning och får inte användas med ${production.join(', ')} (produktionsuppgifter). Ta bort TEAMS_LOCAL.`,
        });
      }
      if (c.HOST !== undefined && !LOOPBACK.test(c.HOST)) {
        ctx.addIssue({
          code: 'custom',
          path: ['TEAMS_LOCAL'],
          message: `lyssnar bara på den här datorn (127.0.0.1); HOST=${c.HOST} går inte med TEAMS_LOCAL.`,
        });
      }
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export interface Config {
  databaseUrl: string;
  now: string | undefined;
  promisesFile: string;
  admins: string[];
  timeZone: string;
  rateLimitPerMinute: number;
  retentionMonths: number;
  logLevel: RawConfig['LOG_LEVEL'];
  port: number;
  /** Listen address; undefined = all interfaces. Always loopback in local Teams mode. */
  host: string | undefined;
  slack: {
    mode: 'socket' | 'http';
    /** Single-workspace mode; absent in many-workspace mode (`oauth`). */
    botToken?: string;
    /** Many-workspace mode: Slack's OAuth install flow, installations in the database. */
    oauth?: { clientId: string; clientSecret: string; stateSecret: string };
    signingSecret?: string;
    appToken?: string;
    apiUrl?: string;
  } | null;
  teams: {
    local: boolean;
    clientId?: string;
    clientSecret?: string;
    tenantId?: string;
    serviceUrl?: string;
  } | null;
  ci: boolean;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** zod's built-in messages in Swedish: the operator reads them when the bot refuses to start. */
function swedishIssue(issue: {
  code?: string;
  expected?: unknown;
  values?: readonly unknown[];
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: boolean;
}): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? 'måste vara ett heltal'
        : 'har fel typ';
    case 'too_small':
      return issue.inclusive === false
        ? `måste vara större än ${issue.minimum}`
        : `måste vara minst ${issue.minimum}`;
    case 'too_big':
      return `får vara högst ${issue.maximum}`;
    case 'invalid_value':
      return `måste vara ett av: ${(issue.values ?? []).join(', ')}`;
    default:
      return 'har ett ogiltigt värde';
  }
}

/** Parses the environment once; every problem is reported at once. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(env, { error: swedishIssue });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(env)'} ${i.message}`));
  }
  const c = parsed.data;
  return {
    databaseUrl: c.DATABASE_URL,
    now: c.LOFTESBOT_NOW,
    promisesFile: c.LOFTESBOT_PROMISES,
    admins: c.LOFTESBOT_ADMINS,
    timeZone: c.LOFTESBOT_TIME_ZONE,
    rateLimitPerMinute: c.LOFTESBOT_RATE_LIMIT,
    retentionMonths: c.LOFTESBOT_RETENTION_MONTHS,
    logLevel: c.LOG_LEVEL,
    port: c.PORT,
    host: c.TEAMS_LOCAL ? (c.HOST ?? '127.0.0.1') : c.HOST,
    slack:
      c.SLACK_CLIENT_ID && c.SLACK_CLIENT_SECRET && c.SLACK_STATE_SECRET
        ? {
            mode: 'http',
            oauth: {
              clientId: c.SLACK_CLIENT_ID,
              clientSecret: c.SLACK_CLIENT_SECRET,
              stateSecret: c.SLACK_STATE_SECRET,
            },
            signingSecret: c.SLACK_SIGNING_SECRET,
            apiUrl: c.SLACK_API_URL,
          }
        : c.SLACK_BOT_TOKEN
          ? {
              mode: c.SLACK_APP_TOKEN ? 'socket' : 'http',
              botToken: c.SLACK_BOT_TOKEN,
              signingSecret: c.SLACK_SIGNING_SECRET,
              appToken: c.SLACK_APP_TOKEN,
              apiUrl: c.SLACK_API_URL,
            }
          : null,
    teams:
      c.CLIENT_ID || c.TEAMS_LOCAL
        ? {
            local: c.TEAMS_LOCAL,
            clientId: c.CLIENT_ID,
            clientSecret: c.CLIENT_SECRET,
            tenantId: c.TENANT_ID,
            serviceUrl: c.SERVICE_URL,
          }
        : null,
    ci: c.CI,
  };
}

// What every use case gets: storage, the clock and a few settings. Passed as an argument, no container.
import type { HolidayLookup } from '../domain/digest/find-digest-day.ts';
import type { Platform } from '../domain/types.ts';
import type { ReportDocuments } from './build-report.ts';
import type { Clock } from './clock.ts';
import type { BindingCache } from './get-bound-set.ts';
import type { LedgerCache } from './ledger-cache.ts';
import type { ChannelId, Store, UserId } from './ports.ts';
import type { PostFailureReason } from './post-result.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** The slice of pino the use cases need; no personal data goes into log fields. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface AppDeps {
  log: Logger;
  store: Store;
  clock: Clock;
  ledger: LedgerCache;
  /** Channel bindings and their sets, kept a few seconds (`createBindingCache`). */
  bindings: BindingCache;
  rateLimiter: RateLimiter;
  /** Raw platform user ids (Slack `U…`, Entra object ids, console names) that are admins everywhere. */
  admins: string[];
  /** Zone used before a channel is bound to a set (a set carries its own). */
  timeZone: string;
  /** Renders report documents and the chart; without it /rapport answers with text only. */
  reports?: ReportDocuments;
  /** Public holidays: a plan made from a week or weekend word is never put on one. */
  holidayName?: HolidayLookup;
  /** LOFTESBOT_RETENTION_MONTHS: free text is removed this long after a set's report date. */
  retentionMonths?: number;
}

/** Who sent a command, from where. Ids are normalised by the adapter (`slack:T1:C1`, `slack:T1:U1`). */
export interface CommandContext {
  channelId: ChannelId;
  platform: Platform;
  userId: UserId;
  /** The platform's own user id, matched against LOFTESBOT_ADMINS. */
  platformUserId: string;
  userName?: string;
  /** Slash command name when the platform gives it (`logga`), so the text holds only the arguments. */
  command?: string;
  /**
   * Whether the bot can post into this channel (Slack: a member of it), asked before binding it;
   * null when it cannot be known now. Absent where binding comes from the conversation itself (Teams).
   */
  canPost?: () => Promise<{ reason: PostFailureReason; code: string } | null | 'yes'>;
  /** Turns a raw mention from the text (`<@U2>`, `@anna`, `<at>Anna</at>`) into a user id. */
  resolveMention?: (raw: string) => UserId;
}

// What the use cases need from the outside world. Storage is implemented twice:
// Prisma (SQLite and PostgreSQL) for real, and an in-memory fake for fast unit tests.

import type { PromiseComment } from '../domain/comments/promise-comment.ts';
import type { DigestSchedule } from '../domain/digest/schedule.ts';
import type { PromiseSetDef } from '../domain/promise-set/schema.ts';
import type { ReportAdoption } from '../domain/report/adoption.ts';
import type { Judgement } from '../domain/rules/types.ts';
import type { Activity, DomainError, Platform, Result } from '../domain/types.ts';
import type { PostFailureReason, PostResult } from './post-result.ts';

export type Role = 'officer' | 'group' | 'chief' | 'admin';

/** A normalised channel id: `console:local`, `slack:T…:C…`, `teams:<tenant>:<conversation>`. */
export type ChannelId = string;
/** A normalised user id: `console:<name>`, `slack:T…:U…`, `teams:<aadObjectId>`. */
export type UserId = string;

export interface RoleHolder {
  userId: UserId;
  name: string | null;
}

export interface StoredPromiseSet {
  key: string;
  version: number;
  def: PromiseSetDef;
  importedAt: string;
}

/** Why posts into a bound channel stop, from a refused post or a platform's lifecycle event. */
export interface BindingHealth {
  /** `unable`: a post was refused for good (tried again the next week); `inactive`: stopped by an event. */
  state: 'unable' | 'inactive';
  reason: PostFailureReason;
  /** The platform's own code, for the log and `loftesbot bindings`. */
  code: string;
  since: string;
}

export interface ChannelBinding {
  channelId: ChannelId;
  platform: Platform;
  setKey: string;
  /** What a proactive post needs (Teams: serviceUrl, conversation id, tenant). Opaque to the app. */
  postTarget: Record<string, string> | null;
  boundAt: string;
  /** Who bound it (stored from the audit actor); absent before this was kept. */
  boundBy?: UserId | null;
  /** Null (or absent) while posts reach the channel. */
  health?: BindingHealth | null;
  /** The channel's digest day and time (`/loften schema`); null (or absent): Monday 08:00. */
  schedule?: DigestSchedule | null;
}

/** A person's personal chat with the bot (Teams), known once the bot has seen it: where notices go. */
export interface PersonalChat {
  userId: UserId;
  platform: Platform;
  /** What a proactive post needs (Teams: serviceUrl, conversationId, tenantId). Opaque to the app. */
  target: Record<string, string>;
  updatedAt: string;
}

/** A Slack workspace or Enterprise Grid organisation installed through the OAuth flow. */
export interface SlackInstallationRecord {
  /** `T…` for a workspace install, `E…` for an organisation-wide install. */
  id: string;
  teamId: string | null;
  enterpriseId: string | null;
  isEnterpriseInstall: boolean;
  /** The installation as Bolt hands it over, JSON (holds the bot token). */
  installation: string;
  installedAt: string;
}

export interface AuditEntry {
  id: string;
  at: string;
  actor: UserId;
  platform: Platform;
  action: string;
  entity: string;
  entityId: string;
  /** Free-text fields (notes, places, participants, reasons, names) appear as `sha256:<hex>`. */
  before: unknown;
  after: unknown;
  /** The entry's place in the hash chain and its links; absent on entries older than the chain. */
  seq?: number | null;
  prevHash?: string | null;
  hash?: string | null;
}

/** `loftesbot audit --verify`: the chain holds, or the first entry where it breaks. */
export type AuditCheck =
  | { ok: true; checked: number; unchained: number }
  | { ok: false; checked: number; seq: number; id: string | null; problem: string };

export interface AuditInput {
  actor: UserId;
  platform: Platform;
  action: string;
}

export interface NewActivity extends Omit<Activity, 'id' | 'loggedAt'> {}

/** What `logga ändra` may change in an activity; its promises, author and times stay. */
export type ActivityChanges = Partial<
  Pick<
    Activity,
    | 'date'
    | 'time'
    | 'place'
    | 'count'
    | 'partners'
    | 'targetGroups'
    | 'methods'
    | 'participants'
    | 'note'
    | 'figures'
  >
>;

/** The ledger of one set since a revision: the rows added or undone after it. */
export interface LedgerDelta {
  revision: number;
  /** Activities created after the given revision (not undone). */
  added: Activity[];
  /** Ids of activities undone after the given revision. */
  removed: string[];
  /**
   * True when rows were changed in place after the given revision (retention): then `added` holds
   * every not-undone activity of the set and a reader replaces what it kept.
   */
  reset?: boolean;
}

export interface RunClaim {
  /** Unique key: job, channel and period, e.g. `digest:slack:T1:C1:2018-W12`. */
  key: string;
  claimedBy: string;
  claimedAt: string;
  sentAt: string | null;
  /** Rounds of posting claimed so far (absent in exports made before they were counted: 1). */
  attempts?: number;
  /** Not claimed again before this instant (a round met only transient errors). */
  nextAttemptAt?: string | null;
  /** Given up for the period: never claimed again. */
  failedAt?: string | null;
  failure?: string | null;
  /** The platform's id of the posted message (Slack `ts`, Teams activity id), when it was sent. */
  messageId?: string | null;
  /**
   * Set while a post of this run may have reached the platform without a known answer (a timeout or
   * a 5xx after sending, or the process gone): whoever tries next looks for it before sending again.
   */
  postingAt?: string | null;
}

/** An activity with its ledger bookkeeping, as kept in storage (export/import). */
export interface StoredActivity extends Activity {
  createdRevision: number;
  undoneAt: string | null;
  undoneBy: UserId | null;
  undoneRevision: number | null;
  dedupeKey: string | null;
}

/** Everything in a database, to move it between SQLite and PostgreSQL (`loftesbot export/import`). */
export interface ExportData {
  version: 1;
  sets: (StoredPromiseSet & { importedBy: UserId })[];
  bindings: ChannelBinding[];
  /** `name`: the display name from the mention that gave the role, when there was one. */
  roles: { channelId: ChannelId; userId: UserId; role: Role; setAt: string; name?: string }[];
  /** Including undone ones. */
  activities: StoredActivity[];
  audit: AuditEntry[];
  /** `rewrittenRevision`: the last revision that changed rows in place (retention); absent when none. */
  revisions: { setKey: string; revision: number; rewrittenRevision?: number }[];
  runs: RunClaim[];
  /** Judgements of judged promises, by instant; absent in exports made before they existed. */
  judgements?: Judgement[];
  /** Comments on promises, by instant; absent in exports made before they existed. */
  comments?: PromiseComment[];
  /** Adopted follow-ups (`/rapport <år> fastställ`); absent in exports made before they existed. */
  adoptions?: ReportAdoption[];
  /** Keys of spreadsheet rows already imported (`import-activities`), so a re-import still adds nothing. */
  importedRows?: { setKey: string; rowKey: string; activityId: string; at: string }[];
  /**
   * Personal chats the bot knows (Teams); absent in exports made before they were kept. Slack
   * installations are not exported: they hold bot tokens (install again after a move).
   */
  personalChats?: PersonalChat[];
}

/** What a retention purge took away from a set, by kind (activities or rows touched). */
export interface PurgedText {
  notes: number;
  places: number;
  partners: number;
  participants: number;
  reasons: number;
  comments: number;
}

export interface Store {
  // Promise sets: imported and versioned; the newest version is in force.
  savePromiseSet(def: PromiseSetDef, audit: AuditInput, now: Date): Promise<StoredPromiseSet>;
  getPromiseSet(key: string): Promise<StoredPromiseSet | null>;
  findPromiseSets(): Promise<StoredPromiseSet[]>;

  // Channels bound to a set (a set may be bound to several channels on several platforms).
  bindChannel(
    binding: Omit<ChannelBinding, 'boundAt'>,
    audit: AuditInput,
    now: Date,
  ): Promise<ChannelBinding>;
  getChannel(channelId: ChannelId): Promise<ChannelBinding | null>;
  findChannels(): Promise<ChannelBinding[]>;
  /**
   * Marks a binding unable to post, inactive, or (null) healthy again, with an audit entry (entity
   * `channel-health`). Writes nothing when the state and reason are already so; returns the binding
   * after and whether it changed (null when the channel is not bound).
   */
  setBindingHealth(
    channelId: ChannelId,
    health: Omit<BindingHealth, 'since'> | null,
    audit: AuditInput,
    now: Date,
  ): Promise<{ binding: ChannelBinding; changed: boolean } | null>;
  /**
   * The channel's digest schedule (`/loften schema`), null for the default (Monday 08:00), with an
   * audit entry (entity `channel-schedule`). Binding the channel anew keeps it. Null when not bound.
   */
  setDigestSchedule(
    channelId: ChannelId,
    schedule: DigestSchedule | null,
    audit: AuditInput,
    now: Date,
  ): Promise<ChannelBinding | null>;

  // Roles per channel. No row: officer by default for members of a bound channel.
  getRole(channelId: ChannelId, userId: UserId): Promise<Role | null>;
  /** `name`: the display name the mention carried (`<at>Anna Svensson</at>`); kept when not given. */
  setRole(
    channelId: ChannelId,
    userId: UserId,
    role: Role,
    audit: AuditInput,
    now: Date,
    name?: string | null,
  ): Promise<void>;
  /** Who holds `role` in the channel (reminders mention them), by user id. */
  findRoleHolders(channelId: ChannelId, role: Role): Promise<RoleHolder[]>;

  // Activities. Every write bumps the set's revision and writes an audit entry in one transaction.
  /**
   * With `dedupeKey`, the same user's activity with the same key logged within `dedupeWindowMs` before
   * `now` is returned instead (`duplicate: true`) and nothing is written — atomically, also across replicas.
   */
  createActivity(
    input: NewActivity,
    audit: AuditInput,
    now: Date,
    options?: { dedupeKey?: string; dedupeWindowMs?: number },
  ): Promise<{ activity: Activity; revision: number; duplicate: boolean }>;
  /**
   * Soft-deletes the user's latest not-undone activity in the set; null when none. Concurrency-safe:
   * when this user undid something in the set after `seenRevision` (the revision the request saw when
   * it came in), the two undos ran at once: nothing more is undone, and that entry comes back with
   * `repeated: true`.
   */
  undoLatestActivity(
    setKey: string,
    userId: UserId,
    audit: AuditInput,
    now: Date,
    options?: { seenRevision?: number },
  ): Promise<{ activity: Activity; revision: number; repeated?: boolean } | null>;
  /**
   * Soft-deletes one activity by id (Ångra button); null when already undone, not the user's, or
   * (with `setKey`) not in that set: a button pressed in one channel never reaches another set.
   */
  undoActivity(
    activityId: string,
    userId: UserId,
    audit: AuditInput,
    now: Date,
    setKey?: string,
  ): Promise<{ activity: Activity; revision: number } | null>;
  /**
   * Spreadsheet rows (`loftesbot import-activities`) in one transaction, all or nothing: rows whose key
   * was imported before are skipped; the rest become activities under one new revision, each marked with
   * the dedupe key `import:<rowKey>` and an audit entry. Nothing is written when every row was imported.
   */
  importActivities(
    setKey: string,
    rows: readonly { rowKey: string; activity: NewActivity }[],
    audit: AuditInput,
    now: Date,
  ): Promise<{ added: Activity[]; skipped: number; revision: number }>;
  /** All not-undone activities of a set (planned and performed). */
  findActivities(setKey: string): Promise<Activity[]>;
  /** Activities of the user (in one set when `setKey` is given), newest logged first. */
  findUserActivities(userId: UserId, limit: number, setKey?: string): Promise<Activity[]>;
  /**
   * Changes fields of the user's not-undone activity in place (`logga ändra`); null when it is undone
   * or not the user's. Bumps the set's revision and marks it rewritten, so other replicas' ledger
   * caches reload the set; the audit entry keeps the activity before and after.
   */
  updateActivity(
    activityId: string,
    userId: UserId,
    changes: ActivityChanges,
    audit: AuditInput,
    now: Date,
  ): Promise<{ before: Activity; activity: Activity; revision: number } | null>;
  getLedgerRevision(setKey: string): Promise<number>;
  getLedgerDelta(setKey: string, sinceRevision: number): Promise<LedgerDelta>;

  // Judgements of judged promises (`/loften bedöm`): append-only, the newest per promise is in force.
  /** Stores a judgement stamped with `now` and writes an audit entry. */
  setJudgement(judgement: Omit<Judgement, 'at'>, audit: AuditInput, now: Date): Promise<Judgement>;
  /** A set's judgements, oldest first. */
  findJudgements(setKey: string): Promise<Judgement[]>;

  // Comments on promises (`/loften kommentar`): append-only, every one is kept and shown.
  /** Stores a comment stamped with `now` and writes an audit entry. */
  addComment(comment: Omit<PromiseComment, 'at'>, audit: AuditInput, now: Date): Promise<PromiseComment>;
  /** A set's comments, oldest first. */
  findComments(setKey: string): Promise<PromiseComment[]>;

  // Adopted follow-ups (`/rapport <år> fastställ`): one per report (the whole period or a part), never changed.
  /**
   * Records the adoption stamped with `now`, with an audit entry; when that report was adopted already
   * (also by another replica at the same moment), writes nothing and returns the earlier adoption with
   * `already: true`.
   */
  adoptReport(
    adoption: Omit<ReportAdoption, 'at'>,
    audit: AuditInput,
    now: Date,
  ): Promise<{ adoption: ReportAdoption; already: boolean }>;
  /** A set's adoptions, oldest first. */
  findAdoptions(setKey: string): Promise<ReportAdoption[]>;

  // Audit trail: append-only, a hash chain (storage/audit-chain.ts).
  findAudit(limit: number): Promise<AuditEntry[]>;
  /** Walks the whole chain; names the first entry that was changed, removed or put in between. */
  verifyAudit(): Promise<AuditCheck>;

  // Retention: free text does not outlive the follow-up it was written for.
  /**
   * Takes every free text out of the set (undone entries too): notes; places and partners that are
   * not ids of the set's file (typed free); participants other than the logger; judgement reasons;
   * comments (removed whole: a comment is its text and its writer's name). Activities, judgements and
   * counts stay. One audit entry of its own (entity `promise-set`, before: how many of each, after:
   * zeros); audit entries hold only hashes of free text and are never changed. Bumps the set's
   * revision and marks the rows as changed in place, so every replica's next delta replaces its
   * cached copy. Writes nothing when no free text is left.
   */
  purgeFreeText(setKey: string, audit: AuditInput, now: Date): Promise<PurgedText>;

  // Personal chats (Teams): kept when the bot sees one, so a notice can reach that person later.
  /** Stores or replaces the user's personal chat; writes nothing when it is already so. */
  savePersonalChat(chat: Omit<PersonalChat, 'updatedAt'>, now: Date): Promise<void>;
  getPersonalChat(userId: UserId): Promise<PersonalChat | null>;
  deletePersonalChat(userId: UserId): Promise<void>;

  // Slack installations (many-workspace mode), with an audit entry (entity `slack-installation`).
  saveSlackInstallation(
    record: Omit<SlackInstallationRecord, 'installedAt'>,
    audit: AuditInput,
    now: Date,
  ): Promise<void>;
  getSlackInstallation(id: string): Promise<SlackInstallationRecord | null>;
  /** Every installation, by id (a deployment serves a handful of workspaces). */
  findSlackInstallations(): Promise<SlackInstallationRecord[]>;
  /** True when there was one to delete. */
  deleteSlackInstallation(id: string, audit: AuditInput, now: Date): Promise<boolean>;

  // Exactly-once scheduled runs: claim → send → mark sent.
  /**
   * True when this caller now holds the claim: new, or taken over when unsent and not failed, after
   * `staleMs` (a crashed holder) or, when a round was deferred, from `nextAttemptAt` on. Counts rounds.
   */
  claimRun(key: string, claimedBy: string, now: Date, staleMs: number): Promise<boolean>;
  /** Sent: never claimed again; `messageId` is the platform's id of the message, when known. */
  markRunSent(key: string, now: Date, messageId?: string | null): Promise<void>;
  /**
   * `at`: a post is about to go out whose answer may never come; kept when already set (the first
   * such moment is where a later search starts). Null: the last post was surely not sent.
   */
  setRunPosting(key: string, at: Date | null): Promise<void>;
  /** A round met only transient errors: the claim may be taken again from `nextAttemptAt`. */
  deferRun(key: string, nextAttemptAt: Date): Promise<void>;
  /** Gives the run up for its period; it is never claimed again. */
  failRun(key: string, failure: string, now: Date): Promise<void>;
  getRun(key: string): Promise<RunClaim | null>;
  /**
   * Removes claims whose key starts with `prefix` claimed before `claimedBefore` (short-lived claims
   * such as seen Slack request signatures); returns how many.
   */
  pruneRuns(prefix: string, claimedBefore: Date): Promise<number>;

  // Moving a whole database (issue 7). Lists are in a stable order, so two exports compare equal.
  exportAll(): Promise<ExportData>;
  /** Into an empty database only; otherwise `{ ok: false }` with code `forbidden` and nothing written. */
  importAll(data: ExportData): Promise<Result<{ rows: number }, DomainError>>;

  /** Database reachable and migrations applied. */
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** What identifies a scheduled post on the platform (Slack: message metadata), to find it again. */
export interface PostMark {
  kind: 'digest' | 'reminder';
  /** The run's claim key: `digest:<channel>:<week>`. */
  runKey: string;
  setKey: string;
  /** ISO week the run is for, `2018-W12`. */
  week: string;
}

/** A search for an earlier post: found (with its id), surely absent, or not known (the search failed). */
export type PostLookup =
  | { found: true; messageId?: string | undefined }
  | { found: false }
  | { found: 'unknown'; code: string };

/**
 * Posts a message into a bound channel on its platform (digests, reminders). Never throws for a
 * platform's refusal: it answers with a coded result (`sent`, `terminal`, `transient`).
 */
export interface ChannelPoster {
  /** `mark`: which scheduled run the message is (a digest carries it, so it can be found again). */
  post(
    binding: ChannelBinding,
    message: import('../domain/reply.ts').Reply,
    options?: { mark?: PostMark },
  ): Promise<PostResult>;
  /**
   * Looks in the channel for a message carrying `mark`, posted since `since` (Slack: the channel's
   * recent history with message metadata). Absent when the platform cannot look (Teams): then a post
   * whose outcome is unknown is never sent again.
   */
  findPosted?(binding: ChannelBinding, mark: PostMark, since: Date): Promise<PostLookup>;
  /**
   * A personal message to one user of the platform (Slack: a direct message and an App Home notice;
   * Teams: the personal chat, where the bot has one). Absent when the platform cannot.
   */
  notifyUser?(userId: UserId, message: import('../domain/reply.ts').Reply): Promise<PostResult>;
}

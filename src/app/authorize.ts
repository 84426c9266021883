// Roles per bound channel, ordered: each role may do what the roles before it may.
import type { Command } from '../domain/grammar/command.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Role } from './ports.ts';

const rank: Record<Role, number> = { officer: 0, group: 1, chief: 2, admin: 3 };

export const roleNames: Record<Role, string> = {
  officer: 'polis',
  group: 'arbetsgrupp',
  chief: 'chef',
  admin: 'administratör',
};

/**
 * The least role a command needs. Officers log, plan and undo their own entries and see `/status`
 * (every confirmation shows progress anyway, and the digest shows the same to the whole channel);
 * the working group also takes reports and judges qualitative promises; a chief also reads reports
 * of other periods; admins manage roles. Binding is decided by set, not by the channel's role, in
 * `bindChannel` (`bindableSetKeys`).
 */
export function requiredRole(command: Command, years: { first: number; last: number } | null): Role {
  switch (command.kind) {
    case 'role':
      return 'admin';
    case 'adopt':
      return 'chief';
    case 'judge':
    case 'comment':
      return 'group';
    case 'schedule':
      // Anyone sees when the digest comes; the working group decides it.
      return command.action === 'show' ? 'officer' : 'group';
    case 'report':
      // A year of the set's own period (one of several in a multi-year set) is the group's report.
      return command.year !== undefined &&
        years !== null &&
        (command.year < years.first || command.year > years.last)
        ? 'chief'
        : 'group';
    default:
      return 'officer';
  }
}

/**
 * LOFTESBOT_ADMINS are admins everywhere. Entries and callers are qualified by platform and
 * workspace (`slack:T1:U1`, `teams:<tenant>:<object id>`, `console:<name>`), and an entry matches
 * only a caller of its own platform: the same user id in another Slack workspace, another tenant or
 * another platform is nobody's admin, and no chat user can be `console:root`. `teams:*:<id>` (any
 * tenant) exists only in local Teams mode, for a bare id when no TENANT_ID is set.
 */
export function isGlobalAdmin(deps: Pick<AppDeps, 'admins'>, ctx: CommandContext): boolean {
  const id = ctx.platformUserId;
  const prefix = `${ctx.platform}:`;
  if (!id.startsWith(prefix)) return false;
  const anyTenant = `${prefix}*:`;
  const rest = id.slice(prefix.length);
  const user = rest.slice(rest.indexOf(':') + 1);
  return deps.admins.some(
    (entry) =>
      entry === id ||
      (entry.startsWith(anyTenant) && rest.includes(':') && entry.slice(anyTenant.length) === user),
  );
}

/** A member of a bound channel with no role row is an officer; LOFTESBOT_ADMINS are admins everywhere. */
export async function getEffectiveRole(deps: AppDeps, ctx: CommandContext): Promise<Role> {
  if (isGlobalAdmin(deps, ctx)) return 'admin';
  return (await deps.store.getRole(ctx.channelId, ctx.userId)) ?? 'officer';
}

/**
 * The sets a user may bind a channel to: every set for a global admin; otherwise the sets of the
 * channels where the user holds the admin role (an admin of a set). A channel admin of one
 * municipality's channel never reaches another municipality's set.
 */
export async function bindableSetKeys(deps: AppDeps, ctx: CommandContext): Promise<Set<string> | 'all'> {
  if (isGlobalAdmin(deps, ctx)) return 'all';
  const keys = new Set<string>();
  for (const binding of await deps.store.findChannels()) {
    if (keys.has(binding.setKey)) continue;
    if ((await deps.store.getRole(binding.channelId, ctx.userId)) === 'admin') keys.add(binding.setKey);
  }
  return keys;
}

export function hasRole(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

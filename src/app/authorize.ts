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
 * of other periods; admins bind channels and manage roles.
 */
export function requiredRole(command: Command, years: { first: number; last: number } | null): Role {
  switch (command.kind) {
    case 'bind':
    case 'role':
      return 'admin';
    case 'judge':
    case 'comment':
      return 'group';
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

/** A member of a bound channel with no role row is an officer; LOFTESBOT_ADMINS are admins everywhere. */
export async function getEffectiveRole(deps: AppDeps, ctx: CommandContext): Promise<Role> {
  if (deps.admins.includes(ctx.platformUserId)) return 'admin';
  return (await deps.store.getRole(ctx.channelId, ctx.userId)) ?? 'officer';
}

export function hasRole(role: Role, needed: Role): boolean {
  return rank[role] >= rank[needed];
}

// The one entry point every front end calls with a line of text. Parsing, permission and the
// use case are decided here; the adapter only renders the Reply it gets back.
import type { Command } from '../domain/grammar/command.ts';
import { parseCommand } from '../domain/grammar/parse-command.ts';
import { effectivePeriod } from '../domain/promise-set/effective-period.ts';
import { errorReply, type Reply } from '../domain/reply.ts';
import { toLocalDate } from '../domain/time/index.ts';
import { adoptReport } from './adopt-report.ts';
import { getEffectiveRole, hasRole, requiredRole, roleNames } from './authorize.ts';
import { bindChannel } from './bind-channel.ts';
import { commentPromise } from './comment-promise.ts';
import { withHealthNotice } from './delivery/with-health-notice.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import { describePromises } from './describe-promises.ts';
import { editByIndex, listMine } from './edit-activity.ts';
import type { BoundSet } from './get-bound-set.ts';
import { getStatusReply } from './get-status.ts';
import { helpReply } from './help.ts';
import { judgePromise } from './judge-promise.ts';
import { logActivity } from './log-activity.ts';
import { notBoundReply } from './not-bound.ts';
import { rateLimitedReply } from './rate-limited-reply.ts';
import { reportReply } from './report-reply.ts';
import { setRole } from './set-role.ts';
import { scheduleReply } from './set-schedule.ts';
import { failureReply } from './unavailable-reply.ts';
import { undoLatest } from './undo-activity.ts';

/** Commands that make sense before a channel is bound to a promise set. */
const unboundKinds = new Set<Command['kind']>(['bind', 'help']);

export async function handleCommand(deps: AppDeps, ctx: CommandContext, text: string): Promise<Reply> {
  const seen: Seen = { bound: null };
  const reply = await answerCommand(deps, ctx, text, seen);
  return seen.kind === 'bind' ? reply : withHealthNotice(seen.bound, reply);
}

/** What the command found, for the notice on its reply (no second read). */
interface Seen {
  bound: BoundSet | null;
  kind?: Command['kind'];
}

async function answerCommand(deps: AppDeps, ctx: CommandContext, text: string, seen: Seen): Promise<Reply> {
  const now = deps.clock.now();
  // The console and the command line have one local user: never limited, so piped input runs whole.
  if (ctx.platform !== 'console') {
    const decision = deps.rateLimiter.take(ctx.userId);
    if (!decision.ok) return rateLimitedReply(decision.retryAfterMs);
  }
  // Use cases are awaited inside the try, so a storage failure in any of them is answered here.
  try {
    const bound = await deps.bindings.getBoundSet(ctx.channelId);
    seen.bound = bound;
    const set = bound?.set.def ?? null;
    const today = toLocalDate(now, set?.timeZone ?? deps.timeZone);
    const parsed = parseCommand(text, {
      set,
      today,
      command: ctx.command,
      ...(deps.holidayName ? { holidayName: deps.holidayName } : {}),
    });
    if (!parsed.ok) {
      if (!set && parsed.error.code !== 'empty' && parsed.error.code !== 'unknown-command') {
        return notBoundReply(deps);
      }
      return errorReply(parsed.error);
    }
    const command = parsed.value;
    seen.kind = command.kind;
    if (!bound && !unboundKinds.has(command.kind)) return notBoundReply(deps);
    const period = set ? effectivePeriod(set) : null;
    const years = period
      ? { first: Number(period.start.slice(0, 4)), last: Number(period.end.slice(0, 4)) }
      : null;
    const needed = requiredRole(command, years);
    // Every member is at least an officer: only commands that need more look the role up.
    const role = needed === 'officer' ? 'officer' : await getEffectiveRole(deps, ctx);
    if (!hasRole(role, needed)) {
      return errorReply({
        code: 'forbidden',
        // A report only reads: "nothing was saved" would answer a question nobody asked.
        message: `Det här kräver rollen ${roleNames[needed]} i kanalen, och du har rollen ${roleNames[role]}.${command.kind === 'report' ? '' : ' Inget har sparats.'} Be en administratör om behörighet (/loften roll).`,
      });
    }
    switch (command.kind) {
      case 'help':
        return helpReply(set, command.topic);
      case 'bind':
        return await bindChannel(deps, ctx, command.setKey);
      case 'form':
        return {
          ok: true,
          // The console has no form: it shows how to write the line.
          text:
            ctx.platform === 'console'
              ? 'Skriv hela raden: /logga <aktivitet> [plats] [när] [antal] [med <part>] ["anteckning"], t.ex. /logga medborgarkontakt Centrum igår kväll. Mer: /logga hjälp'
              : 'Fyll i formuläret, eller skriv hela raden: /logga <aktivitet> [plats] [när] [antal] [med <part>] ["anteckning"]',
          actions: [{ kind: 'open-form' }],
          visibility: 'user',
        };
    }
    // From here on the channel is bound.
    if (!bound) return notBoundReply(deps);
    switch (command.kind) {
      case 'log':
        return await logActivity(deps, ctx, bound, command.entry, { planned: false, sourceText: text });
      case 'plan':
        return await logActivity(deps, ctx, bound, command.entry, { planned: true, sourceText: text });
      case 'undo':
        return await undoLatest(deps, ctx, bound);
      case 'mine':
        return await listMine(deps, ctx, bound);
      case 'edit':
        return await editByIndex(deps, ctx, bound, command);
      case 'status':
        return await getStatusReply(deps, bound, ctx);
      case 'promises':
        return describePromises(bound.set.def);
      case 'report':
        return await reportReply(deps, ctx, bound, command);
      case 'adopt':
        return await adoptReport(deps, ctx, bound, command);
      case 'role':
        return await setRole(deps, ctx, command.user, command.role);
      case 'judge':
        return await judgePromise(deps, ctx, bound, command);
      case 'comment':
        return await commentPromise(deps, ctx, bound, command);
      case 'schedule':
        return await scheduleReply(deps, ctx, bound, command);
      default:
        return command satisfies never;
    }
  } catch (error) {
    deps.log.error({ err: error, channel: ctx.channelId }, 'command failed');
    return failureReply(error);
  }
}

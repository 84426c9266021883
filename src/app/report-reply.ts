import type { Command } from '../domain/grammar/command.ts';
import { errorReply, type Reply } from '../domain/reply.ts';
import { computeStatus } from '../domain/status/compute-status.ts';
import { renderStatusLine } from '../domain/status/render-status-line.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { Bound } from './log-activity.ts';

/** `/rapport [år]`: the outcome of every promise of the channel's set. */
export async function reportReply(
  deps: AppDeps,
  _ctx: CommandContext,
  bound: Bound,
  command: Extract<Command, { kind: 'report' }>,
): Promise<Reply> {
  const def = bound.set.def;
  const year = Number(def.period.end.slice(0, 4));
  if (command.year !== undefined && command.year !== year) {
    return errorReply({
      code: 'unknown-set',
      message: `Kanalen följer ${def.title} (${def.period.start}–${def.period.end}). Någon rapport för ${command.year} finns inte här.`,
    });
  }
  const status = computeStatus(def, await deps.ledger.getActivities(bound.set.key), deps.clock.now());
  const title = `Uppföljning av ${def.title.toLowerCase()} — ${def.municipality} och ${def.policeArea.toLowerCase()}`;
  const lines = status.promises.map((ps) => `${ps.title}: ${ps.outcome} — ${renderStatusLine(ps)}`);
  return {
    ok: true,
    title,
    text: [title, ...lines].join('\n'),
    sections: [{ lines }],
    visibility: 'user',
    actions: [{ kind: 'share' }],
  };
}

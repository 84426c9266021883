// `/loften schema`: shows, sets, turns off and on the channel's digest day and time. The working
// group (or an admin) changes it; anyone sees it. The answer says what is stored and when the next
// digest comes; the week's digest stays one (a schedule changed after it was sent gives no second).
import { digestRunKey, nextDigest } from '../domain/digest/next-digest.ts';
import {
  DEFAULT_SCHEDULE,
  type DigestSchedule,
  describeSchedule,
  isDefaultSchedule,
  scheduleOf,
} from '../domain/digest/schedule.ts';
import type { Command } from '../domain/grammar/command.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { setWords } from '../domain/status/status-words.ts';
import { formatDay, isoWeekOf, toLocalDate } from '../domain/time/index.ts';
import type { AppDeps, CommandContext } from './deps.ts';
import type { BoundSet } from './get-bound-set.ts';

type ScheduleCommand = Extract<Command, { kind: 'schedule' }>;

const HOW =
  'Ändra med /loften schema <veckodag> <HH:MM> (t.ex. /loften schema onsdag 09:30), stäng av med /loften schema av.';

export async function scheduleReply(
  deps: AppDeps,
  ctx: CommandContext,
  bound: BoundSet,
  command: ScheduleCommand,
): Promise<Reply> {
  const binding = (await deps.store.getChannel(ctx.channelId)) ?? bound.binding;
  const before = scheduleOf(binding.schedule);
  if (command.action === 'show') {
    const when = await describeNext(deps, ctx.channelId, bound, before);
    if (before.off) {
      return textReply(
        `Veckoöversikten är avstängd i den här kanalen. Slå på den igen med /loften schema på; den kommer då ${describeSchedule(before)}.`,
      );
    }
    const standard = isDefaultSchedule(before)
      ? ' (standard)'
      : ` (standard: ${describeSchedule(DEFAULT_SCHEDULE)})`;
    return textReply(
      `Översikten kommer hit ${describeSchedule(before)}${standard}, nästa arbetsdag när dagen är en helgdag. ${when} ${HOW}`,
    );
  }

  let after: DigestSchedule;
  if (command.action === 'off') {
    if (before.off)
      return textReply(
        'Veckoöversikten är redan avstängd här. Inget har ändrats. Slå på den med /loften schema på.',
      );
    after = { ...before, off: true };
  } else if (command.action === 'on') {
    if (!before.off) {
      return textReply(
        `Veckoöversikten är redan på: den kommer ${describeSchedule(before)}. Inget har ändrats.`,
      );
    }
    after = { ...before, off: false };
  } else if (command.action === 'set') {
    after = {
      weekday: command.weekday ?? before.weekday,
      time: command.time ?? before.time,
      off: false,
    };
  } else {
    return command satisfies never;
  }
  const stored = await deps.store.setDigestSchedule(
    ctx.channelId,
    isDefaultSchedule(after) ? null : after,
    { actor: ctx.userId, platform: ctx.platform, action: 'schedule' },
    deps.clock.now(),
  );
  deps.bindings.forget();
  if (!stored)
    return errorReply({
      code: 'not-bound',
      message: 'Kanalen är inte kopplad till några löften. Inget har sparats.',
    });
  if (after.off) {
    return textReply(
      `Veckoöversikten är avstängd i den här kanalen: ingen översikt kommer hit förrän någon skriver /loften schema på. (Påminnelsen om den skriftliga sammanställningen efter perioden kommer ändå.)`,
      { visibility: 'channel' },
    );
  }
  const when = await describeNext(deps, ctx.channelId, bound, after);
  const changed =
    before.weekday === after.weekday && before.time === after.time && !before.off
      ? 'Schemat var redan så; inget har ändrats.'
      : `Tidigare: ${before.off ? 'avstängd' : describeSchedule(before)}.`;
  return textReply(
    `Översikten kommer nu hit ${describeSchedule(after)}, nästa arbetsdag när dagen är en helgdag. ${changed} ${when}`,
    { visibility: 'channel' },
  );
}

/** "Nästa: onsdag 9 dec kl 09:30." with what this week's digest has done. */
async function describeNext(
  deps: AppDeps,
  channelId: string,
  bound: BoundSet,
  schedule: DigestSchedule,
): Promise<string> {
  const now = deps.clock.now();
  const timeZone = bound.set.def.timeZone;
  const holidays = deps.holidayName ?? (() => null);
  const today = toLocalDate(now, timeZone);
  const week = isoWeekOf(today);
  // The next digest may fall in next year, or the set span years: its day and week say the year then.
  const words = setWords(bound.set.def, today);
  const run = await deps.store.getRun(digestRunKey(channelId, week));
  const done = Boolean(run?.sentAt || run?.failedAt);
  const sentNote = run?.sentAt
    ? `Veckans översikt (${words.week(week)}) har redan kommit och kommer inte igen. `
    : '';
  const next = nextDigest(now, schedule, holidays, timeZone, done);
  if (!next) return sentNote.trim();
  if (next.when === 'due') {
    return `Veckans översikt (${words.week(next.week)}) har inte kommit än: den kommer inom fem minuter (mellan 08:00 och 23:00).`;
  }
  if (next.day.date > bound.set.def.period.end) {
    return `${sentNote}Perioden slutar ${formatDay(bound.set.def.period.end, true)}: efter den kommer påminnelser om sammanställningen i stället.`;
  }
  const moved = next.day.postponed
    ? ` (${words.day(next.day.postponed.from)} är ${next.day.postponed.holiday})`
    : '';
  return `${sentNote}Nästa: ${words.day(next.day.date)} kl ${next.time}${moved}.`;
}

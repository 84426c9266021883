// `loftesbot digest [--now …]`: the digest that would be posted now, for the console channel's set.
import { consoleUser } from '../adapters/console/run-console.ts';
import { createSwedishHolidays } from '../adapters/scheduler/swedish-holidays.ts';
import { getChannelDigest } from '../app/digest/get-channel-digest.ts';
import { CONSOLE_CHANNEL } from '../app/ensure-defaults.ts';
import { findDigestDay } from '../domain/digest/find-digest-day.ts';
import { scheduleOf } from '../domain/digest/schedule.ts';
import { isoWeekOf, toLocalDate } from '../domain/time/index.ts';
import type { CliCommand } from './commands.ts';
import { openRuntime } from './runtime.ts';

export const digestCommand: CliCommand = async (config, _args, values) => {
  const rt = await openRuntime(config, [consoleUser().platformUserId]);
  try {
    const binding = await rt.deps.store.getChannel(CONSOLE_CHANNEL);
    if (!binding) {
      process.stderr.write('Konsolkanalen är inte kopplad till några löften.\n');
      return 1;
    }
    const now = rt.deps.clock.now();
    const today = toLocalDate(now, config.timeZone);
    const { weekday } = scheduleOf(binding.schedule);
    const day = findDigestDay(isoWeekOf(today), createSwedishHolidays(), weekday);
    const postponed = day?.date === today ? day.postponed : null;
    const composed = await getChannelDigest(rt.deps, binding, now, { postponed, weekday });
    if (!composed) {
      process.stderr.write(`Löftena ${binding.setKey} finns inte i databasen.\n`);
      return 1;
    }
    process.stdout.write(
      values.json ? `${JSON.stringify(composed.digest, null, 2)}\n` : `${composed.reply.text}\n`,
    );
    return 0;
  } finally {
    await rt.close();
  }
};

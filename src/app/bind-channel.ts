import { describeSchedule, isDefaultSchedule, scheduleOf } from '../domain/digest/schedule.ts';
import { errorReply, type Reply, textReply } from '../domain/reply.ts';
import { bindableSetKeys } from './authorize.ts';
import { describeProblem, describeRemedy } from './delivery/describe-post-failure.ts';
import type { AppDeps, CommandContext } from './deps.ts';

/**
 * Binds the channel to an imported set. The adapter fills `postTarget` for later proactive posts.
 * Allowed for a global admin and for an admin of that set (the admin role in a channel already
 * bound to it); anyone else is refused the same way whether or not the set exists, and is shown no
 * set keys but those they may bind.
 */
export async function bindChannel(
  deps: AppDeps,
  ctx: CommandContext & { postTarget?: Record<string, string> | null },
  setKey: string,
): Promise<Reply> {
  const allowed = await bindableSetKeys(deps, ctx);
  if (allowed !== 'all' && !allowed.has(setKey)) {
    const own = [...allowed].sort();
    return errorReply({
      code: 'forbidden',
      part: setKey,
      message: `Att koppla kanalen till "${setKey}" kräver rollen administratör för den löftesuppsättningen (i en kanal som redan är kopplad till den) eller för hela Löftesbot. Inget har sparats.${own.length ? ` Du kan koppla till: ${own.join(', ')}.` : ''}`,
    });
  }
  const set = await deps.store.getPromiseSet(setKey);
  if (!set) {
    const keys = (await deps.store.findPromiseSets()).map((s) => s.key);
    return errorReply({
      code: 'unknown-set',
      part: setKey,
      message: `Det finns ingen löftesuppsättning "${setKey}". ${keys.length ? `Välj bland: ${keys.join(', ')}.` : 'Importera en först med loftesbot import <fil>.'}`,
    });
  }
  // Nothing is promised that cannot happen: a channel the bot cannot post into is not bound.
  const check = ctx.canPost ? await ctx.canPost() : 'yes';
  if (check !== 'yes' && check !== null) {
    return errorReply({
      code: 'forbidden',
      message: `Kanalen kopplades inte: ${describeProblem(check.reason, ctx.platform)} ${describeRemedy(check.reason, ctx.platform)} Skriv sedan /loften koppla ${set.key} igen.`,
    });
  }
  const bound = await deps.store.bindChannel(
    { channelId: ctx.channelId, platform: ctx.platform, setKey, postTarget: ctx.postTarget ?? null },
    { actor: ctx.userId, platform: ctx.platform, action: 'bind' },
    deps.clock.now(),
  );
  deps.bindings.forget();
  // Binding anew keeps the channel's schedule (`/loften schema`): say which one is in force.
  const schedule = scheduleOf(bound.schedule);
  const digest = schedule.off
    ? 'Veckoöversikten är avstängd här (slå på den med /loften schema på).'
    : isDefaultSchedule(schedule)
      ? 'Måndagsöversikten kommer hit, måndagar kl 08:00 (ändra dag och tid med /loften schema).'
      : `Översikten kommer hit ${describeSchedule(schedule)} (ändra med /loften schema).`;
  return textReply(
    `Kanalen är nu kopplad till ${set.def.title} — ${set.def.municipality} och ${set.def.policeArea} (${set.key}). ${digest} Skriv /loften för att se löftena.`,
    { visibility: 'channel' },
  );
}

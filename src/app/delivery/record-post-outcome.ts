// What a post's final result means for its binding. A refusal that says the channel cannot be
// posted to marks the binding unable (reason, code, time; audited) and tells the channel's admins
// once, on the change; a later success in the same channel marks it healthy again.
import { countOf, NOUNS } from '../../domain/rules/noun.ts';
import type { AppDeps } from '../deps.ts';
import type { ChannelBinding, ChannelPoster, UserId } from '../ports.ts';
import { isChannelBroken, type PostResult } from '../post-result.ts';
import { describeHealthNotice } from './describe-post-failure.ts';

/** The actor of audit entries written by the bot itself. */
export const SYSTEM_ACTOR = 'system:loftesbot';

export async function recordPostSuccess(
  deps: Pick<AppDeps, 'store' | 'log' | 'bindings'>,
  binding: ChannelBinding,
  now: Date,
): Promise<void> {
  if (!binding.health) return;
  await deps.store.setBindingHealth(
    binding.channelId,
    null,
    { actor: SYSTEM_ACTOR, platform: binding.platform, action: 'post-recovered' },
    now,
  );
  deps.bindings.forget();
  deps.log.info({ channel: binding.channelId }, 'posts reach the channel again');
}

export async function recordPostRefusal(
  deps: Pick<AppDeps, 'store' | 'log' | 'bindings'>,
  poster: ChannelPoster,
  binding: ChannelBinding,
  result: Extract<PostResult, { status: 'terminal' }>,
  what: { setTitle: string; missed: string },
  now: Date,
): Promise<void> {
  if (!isChannelBroken(result.reason)) return;
  const marked = await deps.store.setBindingHealth(
    binding.channelId,
    { state: 'unable', reason: result.reason, code: result.code },
    { actor: SYSTEM_ACTOR, platform: binding.platform, action: 'post-refused' },
    now,
  );
  if (!marked?.changed) return;
  deps.bindings.forget();
  const text = describeHealthNotice(result, binding.platform, what);
  const recipients = await findChannelAdmins(deps, binding);
  const told: UserId[] = [];
  for (const userId of recipients) {
    const sent = await poster.notifyUser?.(userId, { ok: false, text, visibility: 'user' });
    if (sent?.status === 'sent') told.push(userId);
    else if (sent)
      deps.log.warn(
        { channel: binding.channelId, status: sent.status, code: sent.code },
        'admin notice not delivered',
      );
  }
  // Always in the log, also when no admin could be reached.
  deps.log.error(
    {
      channel: binding.channelId,
      reason: result.reason,
      code: result.code,
      admins: recipients.length,
      told: told.length,
    },
    'channel unable to receive posts: admins told',
  );
}

/**
 * A scheduled post went out and no answer came (a timeout, a 5xx after sending), on a platform where
 * the bot cannot look whether it arrived (Teams): it is not sent again, so the channel never gets it
 * twice, and the channel's admins are told to look (the binding stays healthy). Always in the log.
 */
export async function tellUnknownOutcome(
  deps: Pick<AppDeps, 'store' | 'log'>,
  poster: ChannelPoster,
  binding: ChannelBinding,
  code: string,
  what: { setTitle: string; missed: string },
): Promise<void> {
  const text = [
    `Det är osäkert om ${what.missed} (${what.setTitle}) kom fram: ${platformName(binding)} svarade inte när den skickades (${code}).`,
    'Löftesbot skickar den inte igen, så att kanalen inte får den två gånger.',
    'Titta i kanalen: saknas översikten där, skriv /status i kanalen för läget just nu. Nästa veckas översikt kommer som vanligt.',
  ].join(' ');
  await tellAdmins(
    deps,
    poster,
    binding,
    text,
    { code },
    'digest outcome unknown: not sent again, admins told',
  );
}

/** A post given up for the week after repeated transient errors (or searches that kept failing). */
export async function tellGivenUp(
  deps: Pick<AppDeps, 'store' | 'log'>,
  poster: ChannelPoster,
  binding: ChannelBinding,
  code: string,
  what: { setTitle: string; missed: string; rounds: number },
): Promise<void> {
  const lookup = code.startsWith('lookup:');
  const text = [
    lookup
      ? `${capitalise(what.missed)} (${what.setTitle}) skickades inte igen: Löftesbot kunde inte se efter i kanalen om den redan kom fram (${code}), ${countOf(what.rounds, NOUNS.time)} under veckan.`
      : `${capitalise(what.missed)} (${what.setTitle}) kom inte fram: ${platformName(binding)} svarade med fel vid ${what.rounds} försök under veckan (${code}).`,
    'Löftesbot försöker inte igen den här veckan.',
    lookup
      ? 'Saknas översikten i kanalen, skriv /status där för läget just nu. Kontrollera att appen har behörigheten att läsa kanalens historik (lägg till appen igen i arbetsytan).'
      : 'Skriv /status i kanalen för läget just nu. Nästa veckas översikt kommer som vanligt.',
  ].join(' ');
  await tellAdmins(
    deps,
    poster,
    binding,
    text,
    { code, rounds: what.rounds },
    'digest given up for the week, admins told',
  );
}

async function tellAdmins(
  deps: Pick<AppDeps, 'store' | 'log'>,
  poster: ChannelPoster,
  binding: ChannelBinding,
  text: string,
  fields: Record<string, unknown>,
  msg: string,
): Promise<void> {
  const recipients = await findChannelAdmins(deps, binding);
  let told = 0;
  for (const userId of recipients) {
    const sent = await poster.notifyUser?.(userId, { ok: false, text, visibility: 'user' });
    if (sent?.status === 'sent') told++;
  }
  deps.log.error({ channel: binding.channelId, ...fields, admins: recipients.length, told }, msg);
}

function platformName(binding: ChannelBinding): string {
  return binding.platform === 'teams' ? 'Teams' : 'Slack';
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The channel's admins, and whoever bound it, on the binding's platform. */
export async function findChannelAdmins(
  deps: Pick<AppDeps, 'store'>,
  binding: ChannelBinding,
): Promise<UserId[]> {
  const admins = (await deps.store.findRoleHolders(binding.channelId, 'admin')).map((h) => h.userId);
  const ids = new Set([...admins, ...(binding.boundBy ? [binding.boundBy] : [])]);
  return [...ids].filter((id) => id.startsWith(`${binding.platform}:`));
}

// Builds Slack-signed requests: `v0=` + HMAC-SHA256(secret, `v0:{timestamp}:{raw body}`).
import { createHmac } from 'node:crypto';

export interface SignOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
}

export function signSlackBody(
  secret: string,
  body: string,
  options: SignOptions = {},
): Record<string, string> {
  const ts = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const sig = `v0=${createHmac('sha256', options.secret ?? secret)
    .update(`v0:${ts}:${body}`)
    .digest('hex')}`;
  return { 'x-slack-request-timestamp': ts, 'x-slack-signature': sig };
}

export interface SlashCommandFields {
  command: string;
  text: string;
  teamId?: string;
  channelId?: string;
  userId?: string;
  userName?: string;
  responseUrl: string;
  triggerId?: string;
}

let triggers = 0;

/**
 * The form body Slack sends for a slash command. Each has a trigger id of its own, as Slack's do, so
 * two commands sent in the same second are two requests, not one replayed (the bot runs a signed
 * request once).
 */
export function slashCommandBody(f: SlashCommandFields): string {
  return new URLSearchParams({
    token: 'legacy-token',
    team_id: f.teamId ?? 'T1',
    team_domain: 'overkalix',
    channel_id: f.channelId ?? 'C1',
    channel_name: 'medborgarlofte',
    user_id: f.userId ?? 'U1',
    user_name: f.userName ?? 'anna',
    command: f.command,
    text: f.text,
    api_app_id: 'A1',
    response_url: f.responseUrl,
    trigger_id: f.triggerId ?? `1.2.3.${++triggers}`,
  }).toString();
}

/** Interactivity (buttons, modal submissions) arrives as form field `payload` with JSON. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export async function postSigned(
  url: string,
  secret: string,
  body: string,
  options: SignOptions & { contentType?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; text: string; json: () => unknown; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    body,
    headers: {
      'content-type': options.contentType ?? 'application/x-www-form-urlencoded',
      ...signSlackBody(secret, body, options),
      ...options.headers,
    },
  });
  const text = await res.text();
  return { status: res.status, text, json: () => JSON.parse(text), ms: performance.now() - t0 };
}

import { errorReply, type Reply } from '../domain/reply.ts';
import { countOf } from '../domain/rules/noun.ts';

/** The answer to a command over the chat limit: it was not run, and when it can be sent again. */
export function rateLimitedReply(retryAfterMs: number): Reply {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const wait = seconds >= 60 ? 'en minut' : countOf(seconds, { one: 'sekund', many: 'sekunder' });
  return errorReply({
    code: 'rate-limited',
    message: `Inte sparat: du har skickat många kommandon den senaste minuten, så den här raden kördes inte och sparades inte. Skicka den igen om ${wait}.`,
  });
}

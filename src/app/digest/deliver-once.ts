// The one place that decides whether a scheduled post is sent again. A post whose answer never came
// (a timeout or a 5xx after the request went out, or a process gone between claim and mark) may be
// in the channel already; sending it again could give the channel two digests. So:
//  - the run row's `postingAt` is set before a post goes out and cleared when it surely did not;
//    whoever tries next (this round, a later round, another replica) sees it;
//  - before sending again after such a post, the poster looks for it (Slack: the channel's recent
//    history, by the message metadata every digest carries) and sends only when it is surely absent;
//  - a platform that cannot look (Teams) never sends it again: the outcome is `unknown`, and the
//    caller tells the admins.
// Platform clients do not retry on their own (the Slack client is built without retries for these
// posts); transient trouble is retried here with backoff, within the round's budget.
import type { ChannelBinding, ChannelPoster, PostMark, Store } from '../ports.ts';
import type { PostResult } from '../post-result.ts';
import { defaultRetryPolicy, type RetryPolicy, type Sleep } from './post-with-retry.ts';

export type Delivery =
  | {
      status: 'sent';
      messageId?: string | undefined /** Found in the channel, not sent now. */;
      found?: boolean;
    }
  | Extract<PostResult, { status: 'terminal' }>
  /** Not sent as far as anyone knows, or (maybeSent) not known and to be looked for next round. */
  | Extract<PostResult, { status: 'transient' }>
  /** May have been sent and cannot be looked for: never sent again. */
  | { status: 'unknown'; code: string };

export interface DeliverInput {
  store: Pick<Store, 'getRun' | 'setRunPosting'>;
  poster: ChannelPoster;
  binding: ChannelBinding;
  reply: import('../../domain/reply.ts').Reply;
  mark: PostMark;
  now: Date;
  sleep: Sleep;
  policy?: RetryPolicy;
  onRetry?: (attempt: number, waitMs: number, code: string) => void;
}

export interface DeliverOutcome {
  result: Delivery;
  /** Posts sent to the platform in this round. */
  posts: number;
  /** Searches for an earlier post in this round. */
  lookups: number;
}

export async function deliverOnce(input: DeliverInput): Promise<DeliverOutcome> {
  const { store, poster, binding, reply, mark } = input;
  const policy = input.policy ?? defaultRetryPolicy;
  const earlier = (await store.getRun(mark.runKey))?.postingAt ?? null;
  /** Since when a post of this run may be in the channel without our knowing. */
  let uncertainSince: Date | null = earlier ? new Date(earlier) : null;
  let uncertainCode = earlier ? 'earlier-attempt' : '';
  let posts = 0;
  let lookups = 0;
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    let result: Delivery;
    if (uncertainSince && !poster.findPosted) {
      return { result: { status: 'unknown', code: uncertainCode }, posts, lookups };
    }
    const look = uncertainSince ? await poster.findPosted!(binding, mark, uncertainSince) : null;
    if (look) lookups++;
    if (look?.found === true) {
      return { result: { status: 'sent', messageId: look.messageId, found: true }, posts, lookups };
    }
    if (look?.found === 'unknown') {
      // Could not look: still not known, so nothing is sent; tried again after a wait.
      result = { status: 'transient', retryAfterMs: 0, code: `lookup:${look.code}`, maybeSent: true };
    } else {
      await store.setRunPosting(mark.runKey, input.now);
      posts++;
      const posted = await poster.post(binding, reply, { mark });
      if (posted.status === 'sent') return { result: posted, posts, lookups };
      if (posted.status === 'transient' && posted.maybeSent) {
        uncertainSince ??= input.now;
        uncertainCode = posted.code;
        if (!poster.findPosted) return { result: { status: 'unknown', code: posted.code }, posts, lookups };
      } else {
        // Surely not sent (refused, or rate limited before anything was posted); an earlier doubt was
        // settled by the search before this post.
        uncertainSince = null;
        await store.setRunPosting(mark.runKey, null);
      }
      result = posted;
    }
    if (result.status !== 'transient' || attempt >= policy.attempts) return { result, posts, lookups };
    const backoff = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
    const wait = Math.max(result.retryAfterMs, backoff);
    if (waited + wait > policy.budgetMs) return { result, posts, lookups };
    input.onRetry?.(attempt, wait, result.code);
    await input.sleep(wait);
    waited += wait;
  }
}

import { helpText } from '../domain/grammar/help-text.ts';
import type { PromiseSetDef } from '../domain/promise-set/schema.ts';
import { type Reply, textReply } from '../domain/reply.ts';

export function helpReply(set: PromiseSetDef | null, topic?: string): Reply {
  return textReply(helpText(set, topic));
}

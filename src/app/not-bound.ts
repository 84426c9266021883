import { errorReply, type Reply } from '../domain/reply.ts';
import type { AppDeps } from './deps.ts';

/**
 * The answer in a channel not bound yet. It names no set: which municipalities' sets exist is not
 * for every member of every channel to read (an admin who may bind sees the keys when binding).
 */
export async function notBoundReply(_deps: AppDeps): Promise<Reply> {
  return errorReply({
    code: 'not-bound',
    message:
      'Den här kanalen är inte kopplad till några medborgarlöften än. En administratör kopplar den med /loften koppla <nyckel> (nyckeln står överst i kommunens löftesfil, raden key:).',
  });
}

import { errorReply, type Reply } from '../domain/reply.ts';
import type { AppDeps } from './deps.ts';

export async function notBoundReply(deps: AppDeps): Promise<Reply> {
  const keys = (await deps.store.findPromiseSets()).map((s) => s.key);
  const example = keys[0] ?? 'overkalix-2018';
  return errorReply({
    code: 'not-bound',
    message: `Den här kanalen är inte kopplad till några medborgarlöften än. En administratör kopplar den med /loften koppla <nyckel>, t.ex. /loften koppla ${example}.${keys.length ? ` Importerade löftesuppsättningar: ${keys.join(', ')}.` : ''}`,
  });
}

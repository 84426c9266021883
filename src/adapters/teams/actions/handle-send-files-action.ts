// "Skicka dokumenten till mig" under a report card: runs the report command again for the one who
// pressed (their role checked again) and answers with the documents to offer in their personal chat.
import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import { errorReply, textReply } from '../../../domain/reply.ts';
import type { Answer } from '../messages/answer.ts';
import type { TeamsContext } from '../messages/build-context.ts';

export async function handleSendFilesAction(
  deps: AppDeps,
  ctx: TeamsContext,
  command: unknown,
): Promise<Answer> {
  if (typeof command !== 'string' || !/^\/?rapport\b/i.test(command.trim())) {
    return {
      reply: errorReply({
        code: 'unexpected',
        message: 'Den knappen går inte att använda här. Skriv: rapport',
      }),
    };
  }
  const reply = await handleCommand(deps, ctx, command);
  if (!reply.ok || !reply.files?.length) return { reply: { ...reply, files: [] } };
  const names = reply.files.map((f) => f.name).join(', ');
  return {
    reply: textReply(
      `Jag skickar dokumenten (${names}) till din chatt med Löftesbot. Godkänn varje fil där så sparas den i din OneDrive.`,
    ),
    offer: { command, files: reply.files },
  };
}

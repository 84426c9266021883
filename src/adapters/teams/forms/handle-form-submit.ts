import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import { guardFreeText } from '../../../domain/privacy/guard-free-text.ts';
import { errorReply } from '../../../domain/reply.ts';
import type { Answer } from '../messages/answer.ts';
import type { TeamsContext } from '../messages/build-context.ts';
import { formToCommand, readFormValues } from './form-to-command.ts';

/** The log form's submit: turned into one command line; on an error the form comes back filled in. */
export async function handleFormSubmit(
  deps: AppDeps,
  ctx: TeamsContext,
  value: Record<string, unknown>,
): Promise<Answer> {
  const formValues = readFormValues(value);
  // The free-text fields pass the personal-data guard themselves, so the refusal lands on the field
  // (the whole line is checked again by the grammar, with the set's own place and partner names known).
  for (const [id, field] of [
    ['partners', 'partner'],
    ['note', 'note'],
    ['count', 'form'],
    ['date', 'form'],
  ] as const) {
    const refusal = guardFreeText(formValues[id], field);
    if (refusal) {
      return {
        reply: errorReply({
          code: 'personal-data',
          message: refusal.message,
          part: refusal.match,
          field: id === 'partners' || id === 'note' ? id : 'text',
        }),
        formValues,
      };
    }
  }
  return { reply: await handleCommand(deps, ctx, formToCommand(formValues)), formValues };
}

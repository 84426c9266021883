import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
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
  return { reply: await handleCommand(deps, ctx, formToCommand(formValues)), formValues };
}

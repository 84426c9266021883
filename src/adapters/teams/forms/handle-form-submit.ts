import type { AppDeps } from '../../../app/deps.ts';
import { handleCommand } from '../../../app/handle-command.ts';
import type { TeamsContext } from '../messages/build-context.ts';
import { type OutgoingMessage, renderActivity } from '../render/render-activity.ts';
import { formToCommand, readFormValues } from './form-to-command.ts';

/** The log form's submit: turned into one command line; on an error the form comes back filled in. */
export async function handleFormSubmit(
  deps: AppDeps,
  ctx: TeamsContext,
  value: Record<string, unknown>,
): Promise<OutgoingMessage> {
  const values = readFormValues(value);
  const reply = await handleCommand(deps, ctx, formToCommand(values));
  return renderActivity(reply, { values });
}

// The Ändra button on a confirmation card: answers with the form filled in with that entry; its
// submit becomes the parts of `logga ändra` for the entry. On an error the form comes back filled in.
import type { AppDeps } from '../../../app/deps.ts';
import { editById, findEditable } from '../../../app/edit-activity.ts';
import { partnerName, placeAsWritten } from '../../../domain/render/describe-entry.ts';
import { errorReply, textReply } from '../../../domain/reply.ts';
import type { FormValues } from '../forms/form-fields.ts';
import { formToCommand, readFormValues } from '../forms/form-to-command.ts';
import type { Answer } from '../messages/answer.ts';
import type { TeamsContext } from '../messages/build-context.ts';

const gone = () =>
  errorReply({
    code: 'nothing-to-edit',
    message: 'Den posten går inte att ändra: den är ångrad eller inte din. Skriv: logga mina',
  });

export async function handleEditAction(
  deps: AppDeps,
  ctx: TeamsContext,
  activityId: unknown,
): Promise<Answer> {
  const found = typeof activityId === 'string' ? await findEditable(deps, ctx, activityId) : null;
  if (!found) return { reply: gone() };
  const { activity, set } = found;
  const formValues: FormValues = {
    ...(activity.place ? { place: placeAsWritten(set.def, activity.place) } : {}),
    date: activity.date,
    count: String(activity.count),
    ...(activity.partners.length
      ? { partners: activity.partners.map((p) => partnerName(set.def, p)).join(', ') }
      : {}),
    ...(activity.note ? { note: activity.note } : {}),
  };
  const { described } = found;
  return {
    reply: textReply(`Ändra: ${described}`),
    formValues,
    editForm: { activityId: activity.id, described },
  };
}

const EMPTIED_WORD = { place: 'plats', partners: 'part', note: 'anteckning' } as const;

export async function handleEditSubmit(
  deps: AppDeps,
  ctx: TeamsContext,
  value: Record<string, unknown>,
): Promise<Answer> {
  const activityId = typeof value.activityId === 'string' ? value.activityId : '';
  const formValues = readFormValues(value);
  // The form's fields as the parts of `logga ändra` (no activity: it stays).
  // A place, partner or note field sent empty is removed (`utan plats`), not kept unsaid.
  const emptied = (['place', 'partners', 'note'] as const)
    .filter((id) => id in value && !formValues[id])
    .map((id) => `utan ${EMPTIED_WORD[id]}`);
  const parts = [formToCommand({ ...formValues, promise: undefined }).replace(/^logga\s*/, ''), ...emptied]
    .filter(Boolean)
    .join(' ');
  const reply = await editById(deps, ctx, activityId, parts);
  if (reply.ok) return { reply };
  const found = activityId ? await findEditable(deps, ctx, activityId) : null;
  if (!found) return { reply };
  return {
    reply,
    formValues,
    editForm: { activityId, described: found.described },
  };
}

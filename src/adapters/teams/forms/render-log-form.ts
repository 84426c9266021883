// The card form `logga` without words opens. After a failed submit it comes back filled in, with the
// message on top and the field named.
import type { DomainError } from '../../../domain/types.ts';
import { type AdaptiveCardJson, type CardElement, createCard, textBlock } from '../render/card-types.ts';
import { neutraliseMarkdown } from '../render/inert-text.ts';
import {
  EDIT_FORM_ACTION,
  type EditFormTarget,
  FORM_FIELDS,
  type FormValues,
  LOG_FORM_ACTION,
} from './form-fields.ts';

export function renderLogForm(
  intro: string,
  values: FormValues = {},
  error?: DomainError,
  /** The Ändra form: no activity field, the entry shown on top, saved with `logga ändra`. */
  edit?: EditFormTarget,
): AdaptiveCardJson {
  const title = edit ? 'Ändra post' : 'Logga en aktivitet';
  const body: CardElement[] = [textBlock(title, { size: 'Medium', weight: 'Bolder' })];
  if (edit) body.push(textBlock(neutraliseMarkdown(`Ändra: ${edit.described}`), { wrap: true }));
  if (error) {
    const field = FORM_FIELDS.find((f) => f.id === error.field);
    const lead = field ? `${field.label}: ` : '';
    body.push(textBlock(neutraliseMarkdown(`${lead}${error.message}`), { color: 'Attention' }));
  } else {
    body.push(textBlock(neutraliseMarkdown(intro), { isSubtle: true }));
  }
  for (const field of FORM_FIELDS) {
    if (edit && field.id === 'promise') continue;
    const value = values[field.id];
    const common = { id: field.id, label: field.label, ...(value ? { value } : {}) };
    if (field.id === 'date') body.push({ type: 'Input.Date', ...common });
    else if (field.id === 'count')
      body.push({ type: 'Input.Number', min: 1, placeholder: field.placeholder, ...common });
    else if (field.id === 'promise') {
      body.push({
        type: 'Input.Text',
        placeholder: field.placeholder,
        isRequired: true,
        errorMessage: 'Skriv vilken aktivitet det gällde.',
        ...common,
      });
    } else {
      body.push({
        type: 'Input.Text',
        placeholder: field.placeholder,
        maxLength: 500,
        ...(field.id === 'note' ? { isMultiline: true } : {}),
        ...common,
      });
    }
  }
  const submit: CardElement = edit
    ? {
        type: 'Action.Submit',
        title: 'Spara',
        data: { action: EDIT_FORM_ACTION, activityId: edit.activityId },
      }
    : { type: 'Action.Submit', title: 'Logga', data: { action: LOG_FORM_ACTION } };
  return createCard(
    body,
    [submit],
    edit ? 'Formulär för att ändra en post.' : 'Formulär för att logga en aktivitet.',
  );
}

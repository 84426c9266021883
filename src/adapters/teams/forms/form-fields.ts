// The log form's fields; ids match DomainError.field so a grammar error lands on the right input.
export const FORM_FIELDS = [
  { id: 'promise', label: 'Aktivitet (löfte)', placeholder: 't.ex. medborgarkontakt' },
  { id: 'place', label: 'Plats', placeholder: 't.ex. Centrum' },
  { id: 'date', label: 'Datum', placeholder: 'tomt = i dag' },
  { id: 'count', label: 'Antal', placeholder: '1' },
  { id: 'partners', label: 'Samverkan med', placeholder: 't.ex. kommunen, skolan' },
  { id: 'note', label: 'Anteckning', placeholder: 'inga namn eller personnummer' },
] as const;

export type FormFieldId = (typeof FORM_FIELDS)[number]['id'];
export type FormValues = Partial<Record<FormFieldId, string>>;

export const LOG_FORM_ACTION = 'log-form';
/** The Ändra form: the log form filled in with one entry, without the activity. */
export const EDIT_FORM_ACTION = 'edit-form';

/** Which entry an Ändra form changes, and how it reads now. */
export interface EditFormTarget {
  activityId: string;
  described: string;
}

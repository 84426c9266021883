// A submitted form becomes one ordinary command line, so it goes through the same grammar and
// validation as a typed `logga …`.
import { FORM_FIELDS, type FormValues } from './form-fields.ts';

export function readFormValues(value: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const { id } of FORM_FIELDS) {
    const raw = value[id];
    if (typeof raw === 'string' || typeof raw === 'number') {
      const text = String(raw).replace(/\s+/g, ' ').trim();
      if (text) values[id] = text;
    }
  }
  return values;
}

export function formToCommand(values: FormValues): string {
  const parts = ['logga', values.promise ?? ''];
  if (values.place) parts.push(values.place);
  if (values.date) parts.push(values.date);
  if (values.count) parts.push(`${values.count} st`);
  if (values.partners) parts.push(`med ${values.partners.replace(/^med\s+/i, '')}`);
  // The note is quoted for the grammar; quote marks inside it would end it early.
  if (values.note) parts.push(`"${values.note.replace(/["“”„«»]/g, "'")}"`);
  return parts.filter(Boolean).join(' ');
}

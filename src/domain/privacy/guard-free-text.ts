// The one check every entry point runs on free text before it is stored: the finding and the Swedish
// refusal to answer with. Fields that name colleagues (a mention, the name kept with a role) may
// hold a person's name; every other identifier is refused everywhere.
import type { DomainError } from '../types.ts';
import { findPersonalData, type GuardOptions, type PersonalDataFinding } from './find-personal-data.ts';
import { type FreeTextField, personalDataMessage } from './personal-data-message.ts';

export type { FreeTextField } from './personal-data-message.ts';

const COLLEAGUE_FIELDS = new Set<FreeTextField>(['mention', 'role-name']);

export interface PersonalDataRefusal extends PersonalDataFinding {
  message: string;
}

export function guardFreeText(
  text: string | null | undefined,
  field: FreeTextField,
  options: Omit<GuardOptions, 'names'> = {},
): PersonalDataRefusal | null {
  if (!text) return null;
  const finding = findPersonalData(text, { ...options, names: !COLLEAGUE_FIELDS.has(field) });
  return finding ? { ...finding, message: personalDataMessage(finding.kind, field) } : null;
}

/** The refusal as the grammar's error, for the parsers. */
export function personalDataError(refusal: PersonalDataRefusal, field: DomainError['field']): DomainError {
  return {
    code: 'personal-data',
    message: refusal.message,
    part: refusal.match,
    ...(field ? { field } : {}),
  };
}

// The grammar's refusal of a command that needs the channel's promise set when the channel has none.
import type { DomainError } from '../types.ts';

export const NOT_BOUND: DomainError = {
  code: 'not-bound',
  message:
    'Den här kanalen är inte kopplad till några medborgarlöften än. En administratör kopplar den med /loften koppla <nyckel>.',
};

import { errorReply, type Reply } from '../domain/reply.ts';
import { isProgramError, StoreBusyError } from './store-errors.ts';

/** The last-resort answer when storage fails mid-command: nothing half-written (writes are transactions). */
export function unavailableReply(): Reply {
  return errorReply({
    code: 'unavailable',
    message:
      'Löftesbot kommer inte åt databasen just nu, så inget sparades. Försök igen om en stund — det du redan loggat finns kvar.',
  });
}

/** Another writer held the database past the store's wait: the write never began. */
export function busyReply(): Reply {
  return errorReply({
    code: 'busy',
    message:
      'Databasen är upptagen just nu (en annan skrivning pågår), så inget sparades. Försök igen om en stund — det du redan loggat finns kvar.',
  });
}

/**
 * A bug in Löftesbot, not the database. Whether something was saved before it happened is not
 * known here, so the answer says how to look instead of claiming either.
 */
export function internalErrorReply(): Reply {
  return errorReply({
    code: 'internal',
    message:
      'Något gick fel inne i Löftesbot (ett internt fel, inte databasen). Felet är loggat. Se efter med /logga mina om något sparades innan du försöker igen, och hör av dig till en administratör om det upprepas.',
  });
}

/** The answer to a command that threw: the database busy, a bug, or else the database failing. */
export function failureReply(error: unknown): Reply {
  if (error instanceof StoreBusyError) return busyReply();
  if (isProgramError(error)) return internalErrorReply();
  return unavailableReply();
}

import { errorReply, type Reply } from '../domain/reply.ts';

/** The last-resort answer when storage fails mid-command: nothing half-written (writes are transactions). */
export function unavailableReply(): Reply {
  return errorReply({
    code: 'unavailable',
    message:
      'Löftesbot kommer inte åt databasen just nu, så inget sparades. Försök igen om en stund — det du redan loggat finns kvar.',
  });
}

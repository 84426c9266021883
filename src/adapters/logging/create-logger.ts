// Structured JSON logs (pino) on stderr, so stdout stays free for replies and JSON output.
// Log fields carry ids and codes, never notes or names.
import { pino } from 'pino';

export type AppLogger = pino.Logger;

export function createLogger(level: string): AppLogger {
  return pino(
    { level, base: { app: 'loftesbot' }, redact: ['note', 'text', '*.note', '*.text'] },
    pino.destination({ fd: 2, sync: true }),
  );
}

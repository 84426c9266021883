// Bolt's logger interface on top of the app's structured logger, so Bolt's own messages land in
// the same JSON log stream.
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../../app/deps.ts';

export function createBoltLogger(log: Logger): BoltLogger {
  let level = LogLevel.INFO;
  const text = (msg: unknown[]) =>
    msg
      .map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m)))
      .join(' ');
  return {
    debug: () => {},
    info: (...msg) => log.info({ source: 'bolt' }, text(msg)),
    warn: (...msg) => log.warn({ source: 'bolt' }, text(msg)),
    error: (...msg) => log.error({ source: 'bolt' }, text(msg)),
    setLevel: (l) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}

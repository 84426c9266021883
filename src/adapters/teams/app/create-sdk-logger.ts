// The SDK logs through this bridge: warnings and errors only, as plain strings (its debug output
// carries whole activities, which hold user text).
import type { ILogger, LogLevel } from '@microsoft/teams.common';
import type { Logger } from '../../../app/deps.ts';

const describe = (msg: unknown[]) =>
  msg
    .map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : ''))
    .filter(Boolean)
    .join(' ')
    .slice(0, 500);

export function createSdkLogger(log: Logger, name = 'teams'): ILogger {
  const logger: ILogger = {
    debug() {},
    info() {},
    trace() {},
    warn: (...msg: unknown[]) => log.warn({ sdk: name }, describe(msg)),
    error: (...msg: unknown[]) => log.error({ sdk: name }, describe(msg)),
    log: (level: LogLevel, ...msg: unknown[]) => {
      if (level === 'warn') logger.warn(...msg);
      else if (level === 'error') logger.error(...msg);
    },
    child: (child: string) => createSdkLogger(log, `${name}/${child}`),
  };
  return logger;
}

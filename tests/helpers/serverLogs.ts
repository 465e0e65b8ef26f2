import type { LogFields, Logger, LogLevel } from '../../server/log.ts';

/** A logger that keeps its lines, so a test can check that a close wrote exactly one. */
export function captureLogs(): { logger: Logger; lines: (LogFields & { level: LogLevel })[] } {
  const lines: (LogFields & { level: LogLevel })[] = [];
  return { lines, logger: { log: (level, fields) => lines.push({ level, ...fields }) } };
}

/** Severity of a log line; lines below the configured level are dropped. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** The fields of one structured log line. `event` names what happened; `reason` is a code from a closed set. */
export interface LogFields {
  event: string;
  docId?: string;
  reason?: string;
  [key: string]: unknown;
}

/** Where the server writes its log lines. Injected, so tests can count the lines a bad frame causes. */
export interface Logger {
  log(level: LogLevel, fields: LogFields): void;
}

/**
 * A logger writing one JSON object per line to stderr. Quiet under vitest unless LOG_LEVEL
 * is set, so a test run shows test output, not the server's.
 */
export function createStderrLogger(level = process.env.LOG_LEVEL): Logger {
  const threshold: LogLevel | 'silent' = isLevel(level) ? level : process.env.VITEST ? 'silent' : 'info';
  return {
    log(lineLevel, fields) {
      if (threshold === 'silent' || RANK[lineLevel] < RANK[threshold]) return;
      process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: lineLevel, ...fields })}\n`);
    },
  };
}

const isLevel = (value: string | undefined): value is LogLevel => value !== undefined && Object.hasOwn(RANK, value);

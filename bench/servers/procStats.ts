import { readFileSync } from 'node:fs';

/** Linux clock ticks per second for /proc/<pid>/stat times (`getconf CLK_TCK`, 100 on every common kernel). */
const TICKS_PER_SECOND = 100;

/** One reading of a process's cumulative CPU time and resident memory. */
export interface ProcReading {
  /** performance.now() of the reading. */
  at: number;
  /** User + system CPU seconds since the process started. */
  cpuSeconds: number;
  rssBytes: number;
}

/**
 * Reads CPU time and RSS of `pid` from /proc, the way pidusage does on Linux, without a package.
 * utime and stime are fields 14 and 15 of /proc/<pid>/stat; the command name (field 2) may hold
 * spaces, so fields are counted after its closing parenthesis.
 */
export function readProc(pid: number): ProcReading {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state), so utime (14) is fields[11] and stime (15) fields[12].
  const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { at: performance.now(), cpuSeconds, rssBytes: rss ? Number(rss[1]) * 1024 : 0 };
}

/** What a sampler saw over its window. */
export interface ProcSummary {
  /** Mean CPU use over the window, in percent of one core. */
  cpuPercent: number;
  peakRssBytes: number;
  lastRssBytes: number;
}

/** Samples `pid` every `intervalMs` until stopped; the summary covers the whole window. */
export function sampleProc(pid: number, intervalMs = 250): { stop(): ProcSummary } {
  const first = readProc(pid);
  let last = first;
  let peak = first.rssBytes;
  const timer = setInterval(() => {
    last = readProc(pid);
    peak = Math.max(peak, last.rssBytes);
  }, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      last = readProc(pid);
      peak = Math.max(peak, last.rssBytes);
      const seconds = (last.at - first.at) / 1000;
      return { cpuPercent: seconds > 0 ? (100 * (last.cpuSeconds - first.cpuSeconds)) / seconds : 0, peakRssBytes: peak, lastRssBytes: last.rssBytes };
    },
  };
}

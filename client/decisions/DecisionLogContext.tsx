import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { DecisionLogEntry } from '../../shared/decisions/boardDecisions.ts';
import { fetchDecisionLog, type DecisionLog } from './decisionLogApi.ts';

/** A board's decision log as the page holds it: loading, the log, or failed (the board works on without it). */
export interface DecisionLogState {
  status: 'loading' | 'ready' | 'failed';
  log: DecisionLog;
  /** A log entry by `decisionKey(meeting, decision)`: the card faces read their § from it (DEC6). */
  byDecision: ReadonlyMap<string, DecisionLogEntry>;
  /** Fetches the log again (the panel does, when it opens). */
  refresh(): void;
}

/** A decision's key in `byDecision`: its id is its meeting's, so the meeting's id goes with it. */
export const decisionKey = (meetingId: string, decisionId: string): string => `${meetingId}/${decisionId}`;

/** DEC8: while a listed decision has no §, the log is asked again this often, at most MAX_POLLS times, and on window focus. */
export const POLL_MS = 60_000;
export const MAX_POLLS = 30;

const EMPTY: DecisionLogState = { status: 'loading', log: { decisions: [], truncated: false }, byDecision: new Map(), refresh: () => {} };
const DecisionLogContext = createContext<DecisionLogState>(EMPTY);

/**
 * The board page's decision log, fetched when the page opens and again on refresh(); while any
 * decision it lists is unnumbered, also on window focus and every POLL_MS, MAX_POLLS times at most
 * (DEC8): the server numbers them when the meeting ends (MTG25), which the board hears nothing of.
 */
export function DecisionLogProvider({ boardId, children }: { boardId: string; children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<Pick<DecisionLogState, 'status' | 'log'>>({ status: 'loading', log: EMPTY.log });
  useEffect(() => {
    let current = true;
    fetchDecisionLog(boardId).then(
      (log) => current && setState({ status: 'ready', log }),
      () => current && setState((before) => ({ ...before, status: 'failed' })),
    );
    return () => void (current = false);
  }, [boardId, version]);
  const refresh = useCallback(() => setVersion((n) => n + 1), []);
  const unnumbered = state.log.decisions.some((entry) => entry.paragraph === undefined);
  useEffect(() => {
    if (!unnumbered) return;
    let polls = 0;
    const timer = setInterval(() => (++polls >= MAX_POLLS ? clearInterval(timer) : refresh()), POLL_MS);
    window.addEventListener('focus', refresh);
    return () => {
      clearInterval(timer);
      window.removeEventListener('focus', refresh);
    };
  }, [unnumbered, refresh]);
  const value = useMemo<DecisionLogState>(
    () => ({ ...state, byDecision: new Map(state.log.decisions.map((entry) => [decisionKey(entry.meetingId, entry.decisionId), entry])), refresh }),
    [state, refresh],
  );
  return <DecisionLogContext.Provider value={value}>{children}</DecisionLogContext.Provider>;
}

/** The board's decision log; outside a board page (tests, the projector) a log still loading, with no entries. */
export const useDecisionLog = (): DecisionLogState => useContext(DecisionLogContext);

import type { DecisionLogEntry } from '../../shared/decisions/boardDecisions.ts';
import { shareToken } from '../auth/authApi.ts';

/** A board's decision log as GET /api/boards/:id/decisions answers it (DLS1). */
export interface DecisionLog {
  decisions: readonly DecisionLogEntry[];
  truncated: boolean;
}

/** Fetches the board's decision log (DLS1), as a share link's bearer when the tab has one; throws when it cannot be had. */
export async function fetchDecisionLog(boardId: string, baseUrl = ''): Promise<DecisionLog> {
  const share = shareToken();
  const headers: Record<string, string> = { accept: 'application/json', ...(share && { authorization: `Bearer ${share}` }) };
  const response = await fetch(`${baseUrl}/api/boards/${encodeURIComponent(boardId)}/decisions`, { headers, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body = (await response.json()) as Partial<DecisionLog>;
  return { decisions: Array.isArray(body.decisions) ? body.decisions : [], truncated: body.truncated === true };
}

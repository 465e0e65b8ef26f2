import type { NumberedDecision } from '../../shared/meeting/paragraphs.ts';

/**
 * Asks the server to number the meeting's unnumbered decisions now (POST
 * /api/meetings/:id/numbering, MTS18): "Numrera nu", the facilitator's, for decisions added after
 * the end. Resolves with the numbers given (none when there was nothing to number); they reach the
 * page by sync as well. Throws with the server's error code (`forbidden`, …) when it refuses.
 */
export async function numberNow(meetingId: string, baseUrl = ''): Promise<NumberedDecision[]> {
  // JSON, though there is no body: a request with the session cookie must say so (SEC4).
  const response = await fetch(`${baseUrl}/api/meetings/${encodeURIComponent(meetingId)}/numbering`, { method: 'POST', headers: { accept: 'application/json', 'content-type': 'application/json' } });
  const body = (await response.json().catch(() => ({}))) as { numbered?: NumberedDecision[]; error?: string };
  if (!response.ok || !Array.isArray(body.numbered)) throw new Error(body.error ?? `HTTP ${response.status}`);
  return body.numbered;
}

import type * as Y from 'yjs';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import type { Storage } from '../../../server/storage/Storage.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { authHeaders } from '../../helpers/serverAuth.ts';
import { loadStoredDoc } from '../../helpers/serverBoards.ts';
import { appendAgenda, createMeetingAs } from './meetingFixture.ts';

/** A new meeting of `group` (none when undefined) on `date`, with items i1-i3 (appendAgenda); its id. */
export async function meetingOf(url: string, token: string, storage: Storage, group: string | undefined, date: string): Promise<string> {
  const id = await createMeetingAs(url, token, { title: `${group ?? 'Möte'} ${date}`, date, ...(group !== undefined && { group }) });
  await appendAgenda(storage, id);
  return id;
}

/** Adds one decision per matter, each in the item named before the colon (`'i2:Åtgärder'`), straight into storage; `ended` ends the meeting too. */
export async function appendDecisions(storage: Storage, id: string, matters: readonly string[], options: { ended?: boolean } = {}): Promise<void> {
  await appendEdit(storage, id, (doc) => {
    for (const entry of matters) {
      const [itemId, matter] = entry.split(':') as [string, string];
      addDecision(doc, itemId, { matter });
    }
    if (options.ended) {
      startMeeting(doc, Date.now());
      endMeeting(doc, Date.now());
    }
  });
}

/** Every decision's paragraph by its ärende (matters are unique in these tests), undefined when not numbered. */
export function paragraphsByMatter(doc: Y.Doc): Record<string, number | undefined> {
  const { decisions } = readMeeting(doc);
  return Object.fromEntries([...Object.values(decisions.byItem).flat(), ...decisions.unplaced].map((d) => [d.matter, d.paragraph]));
}

/** paragraphsByMatter of the stored meeting `id`. */
export async function storedParagraphs(storage: Storage, id: string): Promise<Record<string, number | undefined>> {
  const doc = await loadStoredDoc(storage, id);
  const paragraphs = paragraphsByMatter(doc);
  doc.destroy();
  return paragraphs;
}

/** POST /api/meetings/:id/numbering as the owner of `token`: its status and body. */
export async function numberNow(url: string, token: string, id: string): Promise<{ status: number; body: { numbered?: { decisionId: string; paragraph: number }[]; error?: string } }> {
  const response = await fetch(`${url}/api/meetings/${id}/numbering`, { method: 'POST', headers: authHeaders(token) });
  return { status: response.status, body: (await response.json()) as { numbered?: { decisionId: string; paragraph: number }[]; error?: string } };
}

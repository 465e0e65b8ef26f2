// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import '../actEnvironment.ts';
import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPermissionDenied } from '../../../client/auth/permissionDenied.ts';
import { RefusalToast } from '../../../client/components/auth/RefusalToast.tsx';
import { addDecision } from '../../../shared/meeting/decisionOps.ts';
import { getMinutes } from '../../../shared/meeting/meetingDoc.ts';
import { approve, setAdjusters } from '../../../shared/meeting/minutesOps.ts';
import { numberParagraphs } from '../../../shared/meeting/paragraphs.ts';
import { readMeeting } from '../../../shared/meeting/readMeeting.ts';
import { endMeeting, startMeeting } from '../../../shared/meeting/runOps.ts';
import { appendEdit } from '../../helpers/serverAttacker.ts';
import { useInProcessServer } from '../../helpers/serverInProcess.ts';
import { synced } from '../../helpers/serverProvider.ts';
import { waitFor } from '../../helpers/serverWait.ts';
import { appendAgenda, createMeetingAs } from '../../server/meetings/meetingFixture.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

const fx = useInProcessServer({ maxMessageBytes: 64 * 1024 });

// The page's sessionStorage outlives the reload the refusal causes, and tells the reloaded page why.
const stored = new Map<string, string>();
beforeEach(() => {
  stored.clear();
  vi.stubGlobal('sessionStorage', { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value), removeItem: (key: string) => void stored.delete(key) });
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** An ended meeting with § 1, approved by its one justerare: its minutes are locked (MTG28). Written into storage as the seeds would. */
async function approvedMeeting(): Promise<string> {
  const id = await createMeetingAs(fx.url, fx.token);
  await appendAgenda(fx.storage, id);
  await appendEdit(fx.storage, id, (doc) => {
    addDecision(doc, 'i1', { id: 'd1', matter: 'COSMIC', text: 'att godkänna planen' });
    startMeeting(doc, Date.now());
    endMeeting(doc, Date.now());
    numberParagraphs(doc, 1);
    setAdjusters(doc, [{ userId: 'u-anna', name: 'Anna Justerare' }]);
    approve(doc, 'u-anna', new Date().toISOString());
  });
  return id;
}

describe('a refused change to approved minutes, in the page', () => {
  it('[MTP14] [MTS13] a facilitator’s browser that changes the chair of approved minutes is told, in Swedish, that they are locked and a correction is a new entry; the page reloads', async () => {
    const id = await approvedMeeting();
    const client = fx.provider(id);
    const reload = vi.fn();
    watchPermissionDenied(client.provider, id, reload);
    renderWithI18n(<RefusalToast />);
    await synced(client);
    await waitFor(() => readMeeting(client.doc).minutes.status === 'approved', 'the approved minutes to arrive');

    // What a browser that had not yet seen the approval would send: setMinutesField itself refuses it now.
    client.doc.transact(() => getMinutes(client.doc).set('chair', 'Någon Annan'));
    await waitFor(() => reload.mock.calls.length === 1, 'the reload');
    expect((await screen.findByRole('alert')).textContent).toContain('Protokollet är justerat och kan inte ändras – ändringen sparades inte. En rättelse läggs till som en ny post. Sidan laddas om.');
  });
});

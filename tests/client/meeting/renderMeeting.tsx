import { useMemo } from 'react';
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { initMeeting } from '../../../shared/meeting/initMeeting.ts';
import { addAgendaItem } from '../../../shared/meeting/meetingOps.ts';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { MeetingBody } from '../../../client/components/meeting/MeetingBody.tsx';
import { MeetingContext } from '../../../client/meeting/MeetingContext.ts';
import { useMeeting } from '../../../client/meeting/useMeeting.ts';
import { useDecisionActions } from '../../../client/meeting/useDecisionActions.ts';
import { useMeetingActions } from '../../../client/meeting/useMeetingActions.ts';
import type { ServerTime } from '../../../client/meeting/useServerClock.ts';
import type { BoardSession, LocalOrigin } from '../../../client/sync/boardSession.ts';
import type { Language } from '../../../client/i18n/format.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

/** The server's time in these tests: far from this machine's clock, so a stamp taken from Date.now would show. */
export const SERVER_NOW = 1_700_000_000_000;

/** A meeting of three items (10, 20 and 5 minutes) starting 09:00, the first presented by Anna Berg. */
export function threeItemMeeting(): Y.Doc {
  const doc = new Y.Doc();
  initMeeting(doc, { title: 'Ledningsgrupp', date: '2025-05-27', startTime: '09:00' });
  addAgendaItem(doc, { id: 'item-a', title: 'Ekonomi', minutes: 10, kind: 'information', presenter: 'Anna Berg', notes: 'Första raden' });
  addAgendaItem(doc, { id: 'item-b', title: 'Bemanning', minutes: 20, kind: 'discussion' });
  addAgendaItem(doc, { id: 'item-c', title: 'Övrigt', minutes: 5, kind: 'decision', carriedFrom: '2025-04-29' });
  return doc;
}

/** The part of a session the meeting page reads: the document, presence and this user's origin. */
export function localSession(doc: Y.Doc): BoardSession {
  const origin: LocalOrigin = { kind: 'local-user', clientId: doc.clientID };
  const awareness = new Awareness(doc);
  return {
    boardId: 'meeting-1',
    doc,
    awareness,
    origin,
    undoManager: new Y.UndoManager(doc.getMap('meta'), { trackedOrigins: new Set([origin]) }),
    getConnection: () => ({ status: 'synced' }),
    subscribeConnection: () => () => {},
    destroy: () => awareness.destroy(),
  };
}

export interface MeetingRender {
  canEdit: boolean;
  canRun: boolean;
  /** The server clock the page reads; measured by default. */
  clock?: ServerTime;
  lng?: Language;
  onError?: (error: unknown) => void;
  /** This user's account id (a justerare's, MTS15); none by default. */
  userId?: string | undefined;
}

function Harness({ session, canEdit, canRun, clock, onError, userId }: { session: BoardSession; userId: string | undefined } & Required<Omit<MeetingRender, 'lng' | 'userId'>>) {
  const meeting = useMeeting(session);
  const actions = useMeetingActions(session.doc, session.origin, clock.now, onError);
  const decisions = useDecisionActions(session.doc, session.origin, clock.now, onError);
  const context = useMemo(() => ({ meetingId: 'meeting-1', session, actions, decisions, userId, canEdit, canRun, clock }), [session, actions, decisions, userId, canEdit, canRun, clock]);
  return (
    <MeetingContext.Provider value={context}>
      <MeetingBody meeting={meeting} />
    </MeetingContext.Provider>
  );
}

const measured: ServerTime = { now: () => SERVER_NOW, ready: true };

/** Renders the meeting page's body over `doc` as a role would see it, in the page's live region. */
export function renderMeeting(doc: Y.Doc, { canEdit, canRun, clock = measured, lng = 'sv', onError = (error) => { throw error; }, userId }: MeetingRender) {
  const session = localSession(doc);
  const rendered = renderWithI18n(
    <LiveRegionProvider>
      <Harness session={session} canEdit={canEdit} canRun={canRun} clock={clock} onError={onError} userId={userId} />
    </LiveRegionProvider>,
    lng,
  );
  return { ...rendered, session };
}

/** Relays another client's state into `into`, as the server passes a stamped state on (PRS3). */
export function relay(into: Awareness, clientId: number, state: Record<string, unknown>): void {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const other = new Awareness(doc);
  other.setLocalState(state);
  applyAwarenessUpdate(into, encodeAwarenessUpdate(other, [clientId]), 'remote');
  other.destroy();
}

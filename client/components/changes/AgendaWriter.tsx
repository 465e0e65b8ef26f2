import { useEffect, useRef } from 'react';
import { placeChangeSummary, type ChangeSummaryNote, type PlacedSummary } from '../../../shared/changes/placeChangeSummary.ts';
import { untilServerHas } from '../../changes/untilServerHas.ts';
import { useMeetingSession } from '../../meeting/useMeetingSession.ts';
import { useConnectionState } from '../../sync/useBoardConnection.ts';
import { syncUrl } from '../../sync/syncUrl.ts';

interface AgendaWriterProps {
  meetingId: string;
  note: ChangeSummaryNote;
  onDone: (placed: PlacedSummary) => void;
  onError: (cause: unknown) => void;
}

/**
 * Opens the meeting as the meeting page does (useMeetingSession) for as long as it is mounted,
 * puts the summary on its agenda once synced (placeChangeSummary, CHG10), and reports done once
 * the server holds it: the caller unmounts it then, which closes the meeting again.
 */
export function AgendaWriter({ meetingId, note, onDone, onError }: AgendaWriterProps) {
  const session = useMeetingSession(meetingId);
  const connection = useConnectionState(session);
  const written = useRef(false);
  const report = useRef({ onDone, onError });
  report.current = { onDone, onError };

  useEffect(() => {
    if (!session || written.current) return;
    if (connection.status === 'error') return report.current.onError(new Error(connection.reason));
    if (connection.status !== 'synced') return;
    written.current = true;
    try {
      const placed = placeChangeSummary(session.doc, note, session.origin);
      untilServerHas({ url: syncUrl(window.location), boardId: meetingId }, session.doc).then(
        () => report.current.onDone(placed),
        (cause: unknown) => report.current.onError(cause),
      );
    } catch (cause) {
      report.current.onError(cause);
    }
  }, [session, connection, note, meetingId]);
  return null;
}

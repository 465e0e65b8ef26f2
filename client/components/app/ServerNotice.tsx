import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../sync/connectionState.ts';
import { useAnnounce } from './LiveRegion.tsx';
import './ServerNotice.css';

/** The error reasons that get a plain sentence of their own (KEEP3, KEEP5); others show as the status only. */
const EXPLAINED = new Set(['board_unreadable', 'document_too_large']);

/** The catalogue key of what to say at length about a connection, or null. */
function noticeKey(connection: ConnectionState): string | null {
  if (connection.status === 'unsaved') return 'app.server.unsaved';
  if (connection.status === 'error' && connection.reason && EXPLAINED.has(connection.reason)) return `app.server.${connection.reason}`;
  return null;
}

/**
 * What the server said, in plain words, for as long as it holds (KEEP3-KEEP5): a banner under the
 * header, and the same sentence through the live region when it starts, in the UI's language.
 * When the server saves again after it could not, that is announced too.
 */
export function ServerNotice({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const key = noticeKey(connection);
  const previous = useRef(connection.status);
  useEffect(() => {
    const was = previous.current;
    previous.current = connection.status;
    if (key) announce(t(key), connection.status === 'error' ? 'assertive' : 'polite');
    else if (was === 'unsaved' && connection.status === 'synced') announce(t('app.server.saved'));
  }, [key, connection.status, announce, t]);
  if (!key) return null;
  return (
    <p className="server-notice" data-status={connection.status}>
      {t(key)}
    </p>
  );
}

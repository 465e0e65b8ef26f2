import { CircleCheck, CloudAlert, LoaderCircle, RefreshCw, TriangleAlert, WifiOff, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ConnectionState, ConnectionStatus as Status } from '../../sync/connectionState.ts';

const ICONS: Record<Status, LucideIcon> = {
  connecting: LoaderCircle,
  synced: CircleCheck,
  offline: WifiOff,
  reconnecting: RefreshCw,
  unsaved: CloudAlert,
  error: TriangleAlert,
};

/**
 * The connection state, always visible, as icon plus text (never colour alone). It is a status
 * region, so a screen reader hears when the connection drops or returns.
 */
export function ConnectionStatus({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  const Icon = ICONS[connection.status];
  return (
    <div className="connection-status" data-status={connection.status} role="status" aria-label={t('app.connection.label')}>
      <Icon aria-hidden="true" size={18} />
      <span>{t(`app.connection.${connection.status}`)}</span>
    </div>
  );
}

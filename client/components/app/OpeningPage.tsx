import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../../sync/connectionState.ts';
import { AppHeader } from './AppHeader.tsx';
import { ConnectionStatus } from './ConnectionStatus.tsx';

/** A board's or a meeting's page while its session opens: the header with the connection's status, and an empty main. */
export function OpeningPage({ connection }: { connection: ConnectionState }) {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={t('app.loading')}>
        <ConnectionStatus connection={connection} />
      </AppHeader>
      <main id="main" />
    </>
  );
}

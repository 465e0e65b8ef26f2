import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader.tsx';

/**
 * Stands in for a page while its code loads (the Suspense fallback in client/App.tsx): the usual
 * header, so the page does not jump, and a status that a screen reader announces.
 */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={t('app.loading')} />
      <main id="main" aria-busy="true">
        <p role="status">{t('app.loading')}</p>
      </main>
    </>
  );
}

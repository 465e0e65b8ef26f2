import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardMeta } from '../../state/useBoard.ts';

/** The board's title, live (someone may rename it), and the browser tab's title with it. */
export function BoardTitle() {
  const { t } = useTranslation();
  const title = useBoardMeta()?.title;
  const appName = t('app.name');
  useEffect(() => {
    if (title) document.title = `${title} – ${appName}`;
  }, [title, appName]);
  return <>{title || t('app.loading')}</>;
}

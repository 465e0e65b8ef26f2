import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader.tsx';
import { Link } from './Link.tsx';

/** A page that is not there (an unknown address, a board that does not exist): says so and links home. */
export function NotFoundPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader title={title} />
      <main id="main">
        <p>
          <Link href="/">{t('app.home')}</Link>
        </p>
      </main>
    </>
  );
}

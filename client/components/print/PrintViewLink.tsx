import { useTranslation } from 'react-i18next';
import { Printer } from 'lucide-react';
import { Link } from '../app/Link.tsx';
import { boardPrintPath } from '../app/router.ts';
import './PrintViewLink.css';

/** "Skriv ut / Spara som PDF" in the board's header: the board's print view (PRT1), for every reader. */
export function PrintViewLink({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  return (
    <Link href={boardPrintPath(boardId)} className="print-view-link">
      <Printer aria-hidden="true" size={18} /> {t('print.open')}
    </Link>
  );
}

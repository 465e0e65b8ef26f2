import { Download } from 'lucide-react';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterQuery } from '../../../shared/export/cardFilter.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { Link } from '../app/Link.tsx';
import { boardPrintPath } from '../app/router.ts';
import { downloadFile } from './downloadFile.ts';
import { EXPORT_FORMATS, exportUrl, type ExportFormat } from './exportUrl.ts';
import './ExportMenu.css';

/**
 * The board's "Exportera" button and the choices it unfolds (a disclosure, so Tab and Enter reach
 * every choice and Escape folds it back onto the button): the whole board in each format, and, while
 * a filter is set, "Exportera det filtrerade" in each (EXP6, EXP9). For every reader, share links too.
 */
export function ExportMenu({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { filter, predicate } = useFilters();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();

  // A busy choice is not disabled, which would drop the keyboard's focus onto the page (WCAG 2.4.3): a second press waits.
  const download = (format: ExportFormat, filtered: boolean): void => {
    if (status === 'busy') return;
    setStatus('busy');
    downloadFile(exportUrl(boardId, format, language, filtered ? filter : undefined), `tavla.${format}`).then(
      () => setStatus('idle'),
      () => setStatus('failed'),
    );
  };
  const fold = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    setOpen(false);
    button.current?.focus();
  };

  return (
    <div className="export-menu" onKeyDown={fold}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        <Download aria-hidden="true" size={18} /> {t('export.open')}
      </button>
      <div id={panel} className="export-menu-panel" hidden={!open}>
        <Choices label={t('export.whole')} choose={(format) => download(format, false)} wording={(format) => t('export.wholeAs', { format: t(`export.formats.${format}`) })} />
        {predicate && (
          <Choices label={t('export.filtered')} choose={(format) => download(format, true)} wording={(format) => t('export.filteredAs', { format: t(`export.formats.${format}`) })} />
        )}
        {/* The whole board's print view is linked from the header; what the filter shows is printed from here (PRT4). */}
        {predicate && <Link href={boardPrintPath(boardId, filterQuery(filter))}>{t('print.filteredOpen')}</Link>}
        <p role="status" className="export-menu-status">
          {status === 'failed' ? t('export.failed') : ''}
        </p>
      </div>
    </div>
  );
}

/** One group of the menu: a button per format. */
function Choices({ label, choose, wording }: { label: string; choose: (format: ExportFormat) => void; wording: (format: ExportFormat) => string }) {
  return (
    <ul aria-label={label}>
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <button type="button" onClick={() => choose(format)}>
            {wording(format)}
          </button>
        </li>
      ))}
    </ul>
  );
}

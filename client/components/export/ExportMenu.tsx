import { Download, LoaderCircle } from 'lucide-react';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { filterQuery } from '../../../shared/export/cardFilter.ts';
import { useChanges } from '../../changes/ChangesContext.tsx';
import { useFilters } from '../../state/BoardContext.tsx';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';
import { Link } from '../app/Link.tsx';
import { boardPrintPath } from '../app/router.ts';
import { changedSinceOf } from './changedSinceOf.ts';
import { downloadFile, type DownloadFailure } from './downloadFile.ts';
import { EXPORT_FORMATS, exportUrl, type ExportFormat } from './exportUrl.ts';
import './ExportMenu.css';

/** One choice of the menu: a format of the whole board or of what the filter shows. */
type Choice = { format: ExportFormat; filtered: boolean };

/** Where the menu's last download stands (EXP10): one value, shown under the button and spoken. */
type ExportStatus = { state: 'idle' } | { state: 'busy'; choice: Choice } | { state: 'done'; name: string } | { state: 'failed'; reason: DownloadFailure };

const IDLE: ExportStatus = { state: 'idle' };

/**
 * The board's "Exportera" button and the choices it unfolds (a disclosure, so Tab and Enter reach
 * every choice; Escape, a click outside it or focus leaving it folds it): the whole board in each
 * format, and, while a filter is set, "Exportera det filtrerade" in each (EXP6, EXP9). For every
 * reader, share links too. While the file is made the chosen item is busy; then the menu folds
 * and says the file is fetched, or why not, under the button and through the live region (EXP10).
 */
export function ExportMenu({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const announce = useAnnounce();
  const { filter, predicate } = useFilters();
  const changedSince = changedSinceOf(useChanges()?.changes);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<ExportStatus>(IDLE);
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useId();
  const statusId = useId();
  const formatName = (format: ExportFormat) => t(`export.formats.${format}`);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  // The menu folds onto its button, so focus inside it never falls to the page (WCAG 2.4.3).
  const fold = (): void => {
    if (menu.current?.contains(document.activeElement)) button.current?.focus();
    setOpen(false);
  };

  // A busy choice is not disabled, which would drop the keyboard's focus onto the page (WCAG 2.4.3): a second press waits.
  const download = async (choice: Choice): Promise<void> => {
    if (status.state === 'busy') return;
    setStatus({ state: 'busy', choice });
    announce(t('export.busy', { format: formatName(choice.format) }));
    const result = await downloadFile(exportUrl(boardId, choice.format, language, choice.filtered ? filter : undefined, changedSince), `tavla.${choice.format}`);
    if (result.ok) {
      setStatus({ state: 'done', name: result.name });
      announce(t('export.done', { name: result.name }));
      fold();
    } else {
      setStatus({ state: 'failed', reason: result.reason });
      announce(t(`export.failures.${result.reason}`), 'assertive');
    }
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && open) fold();
  };
  const onBlur = (event: FocusEvent): void => {
    const to = event.relatedTarget;
    if (to instanceof Node && !menu.current?.contains(to)) setOpen(false);
  };
  // Unfolding again starts afresh: what the last export came to gives way, unless it is still being made.
  const toggle = (): void => {
    if (!open && status.state !== 'busy') setStatus(IDLE);
    setOpen(!open);
  };
  const busy = status.state === 'busy' ? status.choice : undefined;
  const choices = (filtered: boolean) => (
    <Choices
      label={t(filtered ? 'export.filtered' : 'export.whole')}
      wording={(format) => t(filtered ? 'export.filteredAs' : 'export.wholeAs', { format: formatName(format) })}
      choose={(format) => void download({ format, filtered })}
      busy={busy && busy.filtered === filtered ? busy.format : undefined}
      waiting={busy !== undefined}
      statusId={statusId}
    />
  );

  return (
    <div ref={menu} className="export-menu" onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={button} type="button" aria-expanded={open} aria-controls={panel} onClick={toggle}>
        <Download aria-hidden="true" size={18} /> {t('export.open')}
      </button>
      <div id={panel} className="export-menu-panel" hidden={!open}>
        {choices(false)}
        {predicate && choices(true)}
        {/* The whole board's print view is linked from the header; what the filter shows is printed from here (PRT4). */}
        {predicate && <Link href={boardPrintPath(boardId, filterQuery(filter, changedSince))}>{t('print.filteredOpen')}</Link>}
      </div>
      {/* Outside the panel, so it is seen after the menu folds; spoken through the app's live region (useAnnounce). */}
      <p id={statusId} className={`export-menu-status${status.state === 'failed' ? ' export-menu-failed' : ''}`}>
        {status.state === 'busy' && t('export.busy', { format: formatName(status.choice.format) })}
        {status.state === 'done' && t('export.done', { name: status.name })}
        {status.state === 'failed' && t(`export.failures.${status.reason}`)}
      </p>
    </div>
  );
}

interface ChoicesProps {
  label: string;
  wording: (format: ExportFormat) => string;
  choose: (format: ExportFormat) => void;
  /** The format being made now, in this group. */
  busy: ExportFormat | undefined;
  /** A file is being made: every choice waits. */
  waiting: boolean;
  statusId: string;
}

/** One group of the menu: a button per format; the one being made shows it is busy. */
function Choices({ label, wording, choose, busy, waiting, statusId }: ChoicesProps) {
  return (
    <ul aria-label={label}>
      {EXPORT_FORMATS.map((format) => (
        <li key={format}>
          <button
            type="button"
            onClick={() => choose(format)}
            aria-disabled={waiting || undefined}
            aria-busy={busy === format || undefined}
            aria-describedby={busy === format ? statusId : undefined}
          >
            {wording(format)}
            {busy === format && <LoaderCircle aria-hidden="true" size={16} className="export-menu-spinner" />}
          </button>
        </li>
      ))}
    </ul>
  );
}

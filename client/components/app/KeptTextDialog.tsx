import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Copy } from 'lucide-react';
import { forgetKeptText, keptText } from '../../sync/keptText.ts';
import type { KeptText } from '../../sync/unsavedText.ts';
import { formatNumber, type Language } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { Modal } from '../board/Modal.tsx';
import { EDITOR_FIELDS } from '../cards/cardFields.ts';
import { useAnnounce } from './LiveRegion.tsx';
import './KeptTextDialog.css';

/**
 * After a reload that dropped a refused local copy (KEEP2): what the server did not take, per card
 * and field, each with a copy button, until the user closes the dialog. Shown once per board page
 * while sessionStorage holds the text.
 */
export function KeptTextDialog({ boardId }: { boardId: string }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState(() => keptText(boardId));
  if (entries.length === 0) return null;
  const dismiss = (): void => {
    forgetKeptText(boardId);
    setEntries([]);
  };
  return (
    <Modal title={t('app.kept.title')} onClose={dismiss} className="kept-text">
      <p>{t('app.kept.intro')}</p>
      <ul className="kept-text-list">
        {entries.map((entry) => (
          <KeptEntry key={`${entry.cardId}/${entry.field}/${entry.month ?? ''}`} entry={entry} />
        ))}
      </ul>
      <div className="modal-actions">
        <button type="button" className="primary" onClick={dismiss}>
          {t('app.kept.dismiss')}
        </button>
      </div>
    </Modal>
  );
}

/** An enum field's options and their catalogue group, whatever the board's kind (the dialog does not know it). */
function selectLabels(field: string, value: string): string | undefined {
  for (const input of Object.values(EDITOR_FIELDS).flat()) if (input.field === field && input.input === 'select' && input.options.includes(value)) return input.labels;
  return undefined;
}

/** A kept value as the card editor shows it: an amount in the UI language's digits, an enum by its name. */
function shownValue(field: string, text: string, t: TFunction, lang: Language): string {
  if (field === 'effect' && text.trim() !== '' && Number.isFinite(Number(text))) return formatNumber(Number(text), lang);
  const labels = selectLabels(field, text);
  return labels ? t(`card.values.${labels}.${text}`) : text;
}

/** One kept field: where it was, the text (selectable, read-only) and its copy button. */
function KeptEntry({ entry }: { entry: KeptText }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const announce = useAnnounce();
  const text = entry.month ? entry.text : shownValue(entry.field, entry.text, t, lang);
  const field = entry.month ? t('app.kept.reportField', { field: t(`card.reports.${entry.field}`), month: entry.month }) : t(`card.fields.${entry.field}`);
  const where = t('app.kept.where', { card: entry.cardTitle || t('card.untitled'), field });
  const textarea = useRef<HTMLTextAreaElement>(null);
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(text);
      announce(t('app.kept.copied'));
    } catch {
      // No clipboard (permission, an old browser): the text is selected for the user's own copy.
      textarea.current?.focus();
      textarea.current?.select();
      announce(t('app.kept.copyFailed'), 'assertive');
    }
  };
  return (
    <li>
      <label>
        {where}
        <textarea readOnly value={text} rows={Math.min(6, text.split('\n').length + 1)} ref={textarea} />
      </label>
      <button type="button" onClick={() => void copy()} aria-label={t('app.kept.copyOf', { where })}>
        <Copy aria-hidden="true" size={16} /> {t('app.kept.copy')}
      </button>
    </li>
  );
}

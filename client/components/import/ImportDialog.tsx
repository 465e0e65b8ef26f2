import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_COLUMNS } from '../../../shared/export/exportColumns.ts';
import type { BoardKind } from '../../../shared/schema/boardKinds.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { Modal } from '../board/Modal.tsx';
import { chooseFile, oversizeRefusal, postImport, type ChosenFile, type ImportAnswer } from './importApi.ts';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import { checkedText, doneText, refusalText } from './importWording.ts';
import './ImportDialog.css';

interface ImportDialogProps {
  boardId: string;
  kind: BoardKind;
  onClose: () => void;
  /** A unit chief's import: only their cards change (IMP10), which the dialog says. */
  scoped?: boolean;
  /** A file already chosen (a new board from a file): its dry run runs at once. */
  initial?: ChosenFile;
}

/**
 * "Importera": a file is chosen, the server's dry run shows every row's verdict (IMP9) and the
 * mapping of the file's columns, which the user may change (IMP2); nothing is written until
 * "Importera", and refused rows only go unwritten when the user chooses to skip them. Every answer
 * is announced in the status line (IMP12); when a step removes the control that had focus (a refused
 * file's mapping, the written import's button), focus goes to that line, never to the page.
 */
export function ImportDialog({ boardId, kind, onClose, scoped = false, initial }: ImportDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [chosen, setChosen] = useState<ChosenFile | undefined>(initial);
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [skip, setSkip] = useState(false);
  /** The mapping last asked for, until its dry run answers: a second change builds on it, not on the answer before. */
  const [asked, setAsked] = useState<(string | null)[]>();
  const [message, setMessage] = useState('');
  // The latest dry run asked wins (a second file or mapping while one runs); a confirm waits for none and runs alone.
  const latestRun = useRef(0);
  const running = useRef(false);
  const confirming = useRef(false);
  const status = useRef<HTMLParagraphElement>(null);

  // Each answered step counts here; once it is rendered, focus that fell to the page with a removed control goes to the status line.
  const [steps, setSteps] = useState(0);
  const keepFocus = (): void => setSteps((n) => n + 1);
  useEffect(() => {
    const active = document.activeElement;
    if (steps > 0 && (!active || active === document.body)) status.current?.focus();
  }, [steps]);

  const run = async (next: ChosenFile, mapping?: (string | null)[]): Promise<void> => {
    if (confirming.current) return;
    const id = ++latestRun.current;
    running.current = true;
    setMessage(t('import.checking'));
    const outcome = await postImport(boardId, { format: next.format, file: next.file, ...(mapping && { mapping }) }, true);
    if (id !== latestRun.current) return;
    running.current = false;
    setAsked(undefined);
    setSkip(false);
    if (outcome.ok) {
      setAnswer(outcome.answer);
      setMessage(checkedText(t, outcome.answer));
    } else {
      setAnswer(undefined);
      setMessage(refusalText(t, language, outcome));
    }
    keepFocus();
  };

  // Once, for the file the dialog opened with.
  const initialRun = useRef(initial);
  useEffect(() => {
    if (initialRun.current) void run(initialRun.current);
    initialRun.current = undefined;
  }, []);

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file || confirming.current) return;
    const oversize = oversizeRefusal(file);
    if (oversize) {
      latestRun.current++;
      setChosen(undefined);
      setAnswer(undefined);
      setMessage(refusalText(t, language, oversize));
      return keepFocus();
    }
    const next = await chooseFile(file);
    setChosen(next);
    await run(next);
  };

  const confirm = async (): Promise<void> => {
    if (!chosen || !answer || confirming.current) return;
    // IMP13: the table shown is not the mapping asked for yet; a press is answered, never dropped in silence.
    if (running.current) return setMessage(t('import.waitForCheck'));
    const refused = answer.counts.refused ?? 0;
    if (refused > 0 && !skip) return setMessage(t('import.refusedFirst', { count: refused }));
    confirming.current = true;
    const outcome = await postImport(boardId, { format: chosen.format, file: chosen.file, mapping: answer.mapping, skipRefused: skip }, false);
    confirming.current = false;
    if (outcome.ok) {
      setAnswer(outcome.answer);
      setMessage(outcome.answer.written ? doneText(t, outcome.answer) : t('import.nothing'));
    } else if (outcome.code === 'rows_refused' && outcome.answer) {
      // IMP9: planned again on the board as it is now, rows the dry run passed may be refused; the table shows them.
      setAnswer(outcome.answer);
      setSkip(false);
      setMessage(t('import.refusedAtConfirm', { count: outcome.answer.counts.refused ?? 0 }));
    } else {
      setMessage(refusalText(t, language, outcome));
    }
    keepFocus();
  };

  const remap = (index: number, key: string): void => {
    if (!chosen || !answer) return;
    const mapping = (asked ?? answer.mapping).map((current, i) => (i === index ? key || null : current === key ? null : current));
    setAsked(mapping);
    void run(chosen, mapping);
  };

  const refused = answer?.counts.refused ?? 0;
  return (
    <Modal title={t('import.title')} onClose={onClose} className="import-dialog">
      <p>{t('import.intro')}</p>
      {initial && <p>{t('import.newBoard')}</p>}
      {scoped && <p className="import-scoped">{t('import.scoped')}</p>}
      <label className="import-file">
        {t('import.file')}
        <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void choose(event)} />
      </label>
      {chosen && <p className="import-chosen">{t('import.chosen', { name: chosen.name })}</p>}
      {answer && (
        <fieldset className="import-mapping">
          <legend>{t('import.mapping')}</legend>
          {answer.headers.map((header, index) => (
            <label key={index}>
              {header || t('import.noHeader', { n: index + 1 })}
              <select value={(asked ?? answer.mapping)[index] ?? ''} onChange={(event) => remap(index, event.target.value)}>
                <option value="">{t('import.ignore')}</option>
                {EXPORT_COLUMNS[kind].map((column) => (
                  <option key={column.key} value={column.key}>
                    {column.header[language]}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
      {answer && <ImportRowsTable rows={answer.rows} />}
      <p role="status" className="import-status" ref={status} tabIndex={-1}>
        {message}
      </p>
      {answer && !answer.written && refused > 0 && (
        <label className="import-skip">
          <input type="checkbox" checked={skip} onChange={(event) => setSkip(event.target.checked)} /> {t('import.skip', { count: refused })}
        </label>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          {t('import.close')}
        </button>
        {answer && !answer.written && (
          <button type="button" className="primary" onClick={() => void confirm()}>
            {t('import.confirm')}
          </button>
        )}
      </div>
    </Modal>
  );
}

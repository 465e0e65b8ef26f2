import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_COLUMNS } from '../../../shared/export/exportColumns.ts';
import type { BoardKind } from '../../../shared/schema/boardKinds.ts';
import { ApiFailure } from '../../auth/authApi.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { Modal } from '../board/Modal.tsx';
import { fileAsBase64, postImport, type ImportAnswer } from './importApi.ts';
import { ImportRowsTable } from './ImportRowsTable.tsx';
import './ImportDialog.css';

type Chosen = { format: 'xlsx' | 'csv'; file: string; name: string };

/**
 * "Importera": a file is chosen, the server's dry run shows every row's verdict (IMP9) and the
 * mapping of the file's columns, which the user may change (IMP2); nothing is written until
 * "Importera", and refused rows only go unwritten when the user chooses to skip them.
 */
export function ImportDialog({ boardId, kind, onClose }: { boardId: string; kind: BoardKind; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [chosen, setChosen] = useState<Chosen>();
  const [answer, setAnswer] = useState<ImportAnswer>();
  const [skip, setSkip] = useState(false);
  const [message, setMessage] = useState('');
  const busy = useRef(false);

  const run = async (next: Chosen, mapping?: (string | null)[]): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    setMessage(t('import.checking'));
    try {
      const dry = await postImport(boardId, { format: next.format, file: next.file, ...(mapping && { mapping }) }, true);
      setAnswer(dry);
      setMessage(t('import.checked', { ...dry.counts }));
    } catch (error) {
      setAnswer(undefined);
      setMessage(t(`import.fileErrors.${error instanceof ApiFailure ? error.code : 'other'}`, { defaultValue: t('import.fileErrors.other') }));
    } finally {
      busy.current = false;
    }
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    const next: Chosen = { format: /\.csv$/i.test(file.name) ? 'csv' : 'xlsx', file: await fileAsBase64(file), name: file.name };
    setChosen(next);
    await run(next);
  };

  const confirm = async (): Promise<void> => {
    if (!chosen || !answer || busy.current) return;
    if (answer.counts.refused > 0 && !skip) return setMessage(t('import.refusedFirst', { count: answer.counts.refused }));
    busy.current = true;
    try {
      const done = await postImport(boardId, { format: chosen.format, file: chosen.file, mapping: answer.mapping, skipRefused: skip }, false);
      setAnswer(done);
      setMessage(done.written ? t('import.done', { ...done.counts }) : t('import.nothing'));
    } catch {
      setMessage(t('import.fileErrors.other'));
    } finally {
      busy.current = false;
    }
  };

  const remap = (index: number, key: string): void => {
    if (!chosen || !answer) return;
    const mapping = answer.mapping.map((current, i) => (i === index ? key || null : current === key ? null : current));
    void run(chosen, mapping);
  };

  return (
    <Modal title={t('import.title')} onClose={onClose} className="import-dialog">
      <p>{t('import.intro')}</p>
      <label className="import-file">
        {t('import.file')}
        <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void choose(event)} />
      </label>
      {answer && (
        <fieldset className="import-mapping">
          <legend>{t('import.mapping')}</legend>
          {answer.headers.map((header, index) => (
            <label key={index}>
              {header || t('import.noHeader', { n: index + 1 })}
              <select value={answer.mapping[index] ?? ''} onChange={(event) => remap(index, event.target.value)}>
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
      <p role="status" className="import-status">
        {message}
      </p>
      {answer && answer.counts.refused > 0 && (
        <label className="import-skip">
          <input type="checkbox" checked={skip} onChange={(event) => setSkip(event.target.checked)} /> {t('import.skip', { count: answer.counts.refused })}
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

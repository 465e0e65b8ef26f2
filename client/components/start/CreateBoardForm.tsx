import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, type BoardKind } from '../../../shared/schema/board.ts';

/** Title and kind of a new board; calls onCreate and shows its failure next to the button. */
export function CreateBoardForm({ onCreate }: { onCreate: (board: { title: string; kind: BoardKind }) => Promise<void> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<BoardKind>('measures');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('start.create.titleRequired'));
      return;
    }
    setBusy(true);
    setError('');
    try {
      await onCreate({ title: title.trim(), kind });
    } catch {
      setError(t('start.create.error'));
      setBusy(false);
    }
  };

  return (
    <form className="create-board" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={headingId}>{t('start.create.heading')}</h2>
      <label>
        {t('start.create.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={200} aria-invalid={error !== '' || undefined} aria-describedby={error ? errorId : undefined} />
      </label>
      <label>
        {t('start.create.kind')}
        <select value={kind} onChange={(event) => setKind(event.target.value as BoardKind)}>
          {BOARD_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`start.kinds.${k}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('start.create.creating') : t('start.create.submit')}
      </button>
      {error && (
        <p id={errorId} className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

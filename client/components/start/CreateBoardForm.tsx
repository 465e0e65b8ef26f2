import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, type BoardKind } from '../../../shared/schema/boardKinds.ts';
import { FormFooter } from '../app/FormFooter.tsx';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { AMOUNT_ERRORS, parseEffect } from '../cards/parseEffect.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import type { NewBoardRequest } from './boardsApi.ts';

/** Title, kind and (measures) target of a new board; calls onCreate and shows its failure next to the button. */
export function CreateBoardForm({ onCreate }: { onCreate: (board: NewBoardRequest) => Promise<void> }) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorId = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<BoardKind>('measures');
  const lang = useLanguage();
  const targetErrorId = useId();
  const [target, setTarget] = useState('');
  const [targetError, setTargetError] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!title.trim()) {
      setError(t('start.create.titleRequired'));
      return;
    }
    setError('');
    // Only a measures board sums effects against a target; typed as the UI language writes amounts.
    const reading = kind === 'measures' ? parseEffect(target, lang) : undefined;
    setTargetError(reading && !reading.ok ? t(AMOUNT_ERRORS[reading.reason]) : '');
    if (reading && !reading.ok) return;
    setBusy(true);
    try {
      await onCreate({ title: title.trim(), kind, ...(reading?.value !== undefined && { target: reading.value }) });
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
      <LabelledSelect label={t('start.create.kind')} value={kind} onChange={setKind} options={BOARD_KINDS.map((k) => ({ value: k, label: t(`start.kinds.${k}`) }))} />
      {kind === 'measures' && (
        <>
          <label>
            {t('start.create.target')}
            <input value={target} onChange={(event) => setTarget(event.target.value)} inputMode="decimal" aria-invalid={targetError !== '' || undefined} aria-describedby={targetError ? targetErrorId : undefined} />
          </label>
          {targetError && (
            <p id={targetErrorId} className="form-error" role="alert">
              {targetError}
            </p>
          )}
        </>
      )}
      <FormFooter label={t('start.create.submit')} busyLabel={t('start.create.creating')} busy={busy} error={error} errorId={errorId} />
    </form>
  );
}

import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_KINDS, type BoardKind } from '../../../shared/schema/boardKinds.ts';
import { FormFooter } from '../app/FormFooter.tsx';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { AMOUNT_ERRORS, parseEffect } from '../cards/parseEffect.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { chooseFile, oversizeRefusal, type ChosenFile } from '../import/importApi.ts';
import { refusalText } from '../import/importWording.ts';
import type { NewBoardRequest } from './boardsApi.ts';
import './CreateBoardForm.css';

/** The title field's cap, which a typed title meets by maxLength and a file's name by titleOfFile. */
const TITLE_LENGTH = 200;

/**
 * A file's name without its extension: a new board's title by default (IMP11), cut to the title's
 * cap (IMP13: a file's name may be 255 characters), never in half of a character.
 */
const titleOfFile = (name: string): string => {
  const title = name.replace(/\.(xlsx|csv)$/i, '').slice(0, TITLE_LENGTH);
  return title.replace(/[\uD800-\uDBFF]$/, '').trim();
};

/**
 * Title, kind and (measures) target of a new board, and perhaps the file it is made from (IMP11):
 * the file's name becomes the title unless one is typed, its headers choose the kind when they tell
 * one; calls onCreate with the file, whose import the new board opens with, and shows its failure
 * next to the button.
 */
export function CreateBoardForm({ onCreate }: { onCreate: (board: NewBoardRequest, file?: ChosenFile) => Promise<void> }) {
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
  const [file, setFile] = useState<ChosenFile>();
  const [kindNote, setKindNote] = useState('');
  const fileHintId = useId();
  // IMP13: the latest file chosen wins; an earlier one still being read or guessed changes nothing when it answers.
  const latestPick = useRef(0);

  const chooseSource = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const picked = event.target.files?.[0];
    const pick = ++latestPick.current;
    setKindNote('');
    if (!picked) return setFile(undefined);
    const oversize = oversizeRefusal(picked);
    if (oversize) {
      setFile(undefined);
      return setKindNote(refusalText(t, lang, oversize));
    }
    const chosen = await chooseFile(picked);
    if (pick !== latestPick.current) return;
    setFile(chosen);
    if (!title.trim() || title === titleOfFile(file?.name ?? '')) setTitle(titleOfFile(picked.name));
    // Loaded only now: the header matching brings the export's columns and the card schema (zod), which the start page does without.
    const { guessBoardKind } = await import('../import/guessBoardKind.ts');
    const guessed = await guessBoardKind(picked, chosen.format);
    if (pick !== latestPick.current) return;
    if (guessed) setKind(guessed);
    setKindNote(guessed ? t('start.create.kindFromFile', { kind: t(`start.kinds.${guessed}`) }) : t('start.create.kindNotFromFile'));
  };

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
      await onCreate({ title: title.trim(), kind, ...(reading?.value !== undefined && { target: reading.value }) }, file);
    } catch {
      setError(t('start.create.error'));
      setBusy(false);
    }
  };

  return (
    <form className="create-board" aria-labelledby={headingId} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={headingId}>{t('start.create.heading')}</h2>
      <label>
        {t('start.create.fromFile')}
        <input type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void chooseSource(event)} aria-describedby={fileHintId} />
      </label>
      <p id={fileHintId} className="create-board-hint" aria-live="polite">
        {file ? `${kindNote} ${t('start.create.fromFileHint')}` : kindNote || t('start.create.fromFileNone')}
      </p>
      <label>
        {t('start.create.title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} maxLength={TITLE_LENGTH} aria-invalid={error !== '' || undefined} aria-describedby={error ? errorId : undefined} />
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

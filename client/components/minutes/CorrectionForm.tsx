import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * "Rättelse" of a paragraph of approved minutes (MTG29): a button that opens a text field; the
 * correction is added as a new, visible entry after the paragraph, never an edit in place.
 */
export function CorrectionForm({ decision }: { decision: Decision & { paragraph: number } }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { decisions } = useMeetingContext();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const number = decision.paragraph;
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '') return setMissing(true);
    if (decisions.correct(decision.id, text.trim()) === undefined) return;
    setOpen(false);
    setText('');
    setMissing(false);
    announce(t('minutes.correctionAdded', { number }));
  };
  if (!open) {
    return (
      <button type="button" className="no-print" onClick={() => setOpen(true)} aria-label={t('minutes.correctNamed', { number, matter: decision.matter })}>
        {t('minutes.correct')}
      </button>
    );
  }
  return (
    <form className="minutes-correction no-print" onSubmit={submit} noValidate>
      <label>
        {t('minutes.correctionText', { number })}
        <textarea
          autoFocus
          value={text}
          rows={3}
          maxLength={MEETING_LIMITS.decisionText}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={missing || undefined}
          aria-describedby={missing ? errorId : undefined}
        />
      </label>
      {missing && (
        <p id={errorId} className="field-error">
          {t('minutes.correctionRequired')}
        </p>
      )}
      <button type="submit">{t('minutes.addCorrection')}</button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('minutes.cancel')}
      </button>
    </form>
  );
}

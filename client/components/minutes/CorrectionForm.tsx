import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { Decision } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * "Rättelse" of a paragraph of approved minutes (MTG29): a button that opens a text field; the
 * correction is added as a new, visible entry after the paragraph, never an edit in place. The
 * focus never falls to the page when the form closes (WCAG 2.4.3): cancelled, it returns to the
 * button; added, it moves to the new entry.
 */
export function CorrectionForm({ decision }: { decision: Decision & { paragraph: number } }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { decisions } = useMeetingContext();
  const errorId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  /** Where the focus goes once the form has closed: the button, or the id of the entry just added. */
  const [focusNext, setFocusNext] = useState<'button' | { entry: string }>();
  const button = useRef<HTMLButtonElement>(null);
  const number = decision.paragraph;
  useEffect(() => {
    if (focusNext === undefined) return;
    const target = focusNext === 'button' ? button.current : document.getElementById(`decision-${focusNext.entry}`);
    // The entry is rendered from the meeting's snapshot, possibly a render after the form closed: try again on the next.
    if (target === null) return;
    target.focus();
    setFocusNext(undefined);
  });
  const close = (next: 'button' | { entry: string }): void => {
    setOpen(false);
    setFocusNext(next);
  };
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    if (text.trim() === '') return setMissing(true);
    const entry = decisions.correct(decision.id, text.trim());
    if (entry === undefined) return;
    close({ entry });
    setText('');
    setMissing(false);
    announce(t('minutes.correctionAdded', { number }));
  };
  if (!open) {
    return (
      <button ref={button} type="button" className="no-print" onClick={() => setOpen(true)} aria-label={t('minutes.correctNamed', { number, matter: decision.matter })}>
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
      <button type="button" onClick={() => close('button')}>
        {t('minutes.cancel')}
      </button>
    </form>
  );
}

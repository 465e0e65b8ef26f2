import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { numberNow } from '../../meeting/numberNow.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';

/**
 * "Numrera nu" (MTG25, MTS18): the facilitator asks the server to number the decisions added after
 * the end; the numbers come back by sync as well. What happened is said, a failure too. While the
 * request runs the button stays focusable (aria-disabled, not disabled), and once the numbers are
 * given it goes away: `onNumbered` moves the focus on before it does (WCAG 2.4.3).
 */
export function NumberNowButton({ onNumbered }: { onNumbered: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { meetingId } = useMeetingContext();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    try {
      const given = await numberNow(meetingId);
      onNumbered();
      announce(t('minutes.numbered', { count: given.length }));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="minutes-number no-print">
      <p id="minutes-number-hint">{t('minutes.numberHelp')}</p>
      <button type="button" aria-disabled={busy || undefined} aria-describedby="minutes-number-hint" onClick={() => void run()}>
        {t('minutes.numberNow')}
      </button>
      {failed && (
        <p className="field-error" role="alert">
          {t('minutes.numberFailed')}
        </p>
      )}
    </div>
  );
}

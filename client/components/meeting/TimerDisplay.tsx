import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, timerReading, type ItemProgress } from '../../../shared/meeting/timer.ts';
import { useAnnounce } from '../app/LiveRegion.tsx';
import './TimerDisplay.css';

interface TimerDisplayProps {
  /** The item's planned minutes. */
  minutes: number;
  /** The item's progress (running state); none before its timer first ran. */
  progress: ItemProgress | undefined;
  /** The server's time to read the timer at (useTimerNow over useServerClock). */
  now: number;
  /** `large` for the projector and the current item's bar. */
  size?: 'normal' | 'large';
  /** Whether this display speaks the last minute and the over-time; one per page should. */
  announce?: boolean;
}

/**
 * An item's countdown as mm:ss from the server's time (MTG17, MTG18), the same in every browser. In the
 * last minute it turns to a warning, past zero to "+02:15 över tiden"; each says so in words and
 * an icon as well as in colour (WCAG 1.4.1). role="timer" is not read aloud by itself, so the two
 * turns are announced once each, in the UI's language, through the page's live region.
 */
export function TimerDisplay({ minutes, progress, now, size = 'normal', announce = true }: TimerDisplayProps) {
  const { t } = useTranslation();
  const speak = useAnnounce();
  const reading = timerReading(minutes, progress, now);
  const { phase, running } = reading;
  const clock = formatClock(reading.remainingMs);

  // Only a turn is announced: a page opened in the last minute says nothing until the time is up.
  const lastPhase = useRef(phase);
  useEffect(() => {
    if (phase === lastPhase.current) return;
    lastPhase.current = phase;
    if (!announce) return;
    if (phase === 'warning') speak(t('meeting.timer.warningAnnounced'));
    if (phase === 'over') speak(t('meeting.timer.overAnnounced'), 'assertive');
  }, [phase, announce, speak, t]);

  const shown = phase === 'over' ? t('meeting.timer.over', { clock }) : clock;
  // The name carries what the display says, so a screen reader that reads the timer hears the time;
  // role="timer" is aria-live="off", so the name changing every second is not spoken by itself.
  const said = [shown, ...(phase === 'warning' ? [t('meeting.timer.lastMinute')] : []), ...(running ? [] : [t('meeting.timer.paused')])].join(', ');

  return (
    <div className={`timer timer-${size} timer-${phase}${running ? ' timer-running' : ''}`} role="timer" aria-label={t('meeting.timer.label', { reading: said })}>
      <span className="timer-clock">{shown}</span>
      {phase === 'warning' && (
        <span className="timer-note">
          <span aria-hidden="true">⚠ </span>
          {t('meeting.timer.lastMinute')}
        </span>
      )}
      {!running && <span className="timer-note timer-paused">{t('meeting.timer.paused')}</span>}
    </div>
  );
}

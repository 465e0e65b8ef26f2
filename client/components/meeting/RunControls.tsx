import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';

/** The minutes the facilitator can add to the current item's time box in one press. */
const EXTENSIONS = [1, 5] as const;

/**
 * The facilitator's controls of the running state (MTG15, MTG16): start, next item, the current
 * item's timer (start, pause, +1 and +5 minutes) and the end. Only a facilitator is shown them, and
 * the server refuses anyone else's change to the running state regardless. Each is stamped with
 * the server's clock (MTG17), so they wait until it has been measured once.
 */
export function RunControls({ meeting }: { meeting: MeetingSnapshot }) {
  const { t } = useTranslation();
  const { actions, clock } = useMeetingContext();
  const [confirmingEnd, setConfirmingEnd] = useState(false);
  const { status, currentItem } = meeting.run;
  const progress = currentItem === undefined ? undefined : meeting.progress[currentItem];
  const running = progress?.runningSince !== undefined;
  const index = meeting.agenda.findIndex((item) => item.id === currentItem);
  const atLast = index === meeting.agenda.length - 1;
  const waiting = !clock.ready;

  if (status === 'ended') return null;
  return (
    <div className="run-controls" role="group" aria-label={t('meeting.run.label')}>
      {status === 'planned' && (
        <button type="button" className="primary" disabled={waiting} onClick={actions.start}>
          {t('meeting.run.start')}
        </button>
      )}
      {status === 'running' && (
        <>
          <button type="button" className="primary" disabled={waiting || atLast} onClick={actions.next}>
            {t('meeting.run.next')}
          </button>
          {running ? (
            <button type="button" disabled={waiting} onClick={actions.pauseTimer}>
              {t('meeting.run.pause')}
            </button>
          ) : (
            <button type="button" disabled={waiting || currentItem === undefined} onClick={actions.startTimer}>
              {t('meeting.run.resume')}
            </button>
          )}
          {EXTENSIONS.map((minutes) => (
            // The name starts with the visible "+1 min", so a voice user who says what they see hits it (WCAG 2.5.3).
            <button key={minutes} type="button" disabled={currentItem === undefined} onClick={() => actions.extend(minutes)} aria-label={t('meeting.run.extendBy', { minutes })}>
              {t('meeting.run.extend', { minutes })}
            </button>
          ))}
          <button type="button" disabled={waiting} onClick={() => setConfirmingEnd(true)}>
            {t('meeting.run.end')}
          </button>
        </>
      )}
      {waiting && <p className="run-controls-waiting">{t('meeting.run.waitingForClock')}</p>}
      {confirmingEnd && (
        <ConfirmDialog
          title={t('meeting.run.endTitle')}
          confirmLabel={t('meeting.run.end')}
          cancelLabel={t('meeting.run.cancel')}
          onCancel={() => setConfirmingEnd(false)}
          onConfirm={() => {
            setConfirmingEnd(false);
            actions.end();
          }}
        >
          <p>{t('meeting.run.endText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

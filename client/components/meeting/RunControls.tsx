import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';

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
          <button type="button" disabled={currentItem === undefined} onClick={() => actions.extend(1)} aria-label={t('meeting.run.extendBy', { minutes: 1 })}>
            {t('meeting.run.extend', { minutes: 1 })}
          </button>
          <button type="button" disabled={currentItem === undefined} onClick={() => actions.extend(5)} aria-label={t('meeting.run.extendBy', { minutes: 5 })}>
            {t('meeting.run.extend', { minutes: 5 })}
          </button>
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

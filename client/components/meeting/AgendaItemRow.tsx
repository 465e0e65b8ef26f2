import { useState } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { plannedActual } from '../../meeting/agendaTimes.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';

interface AgendaItemRowProps {
  meeting: MeetingSnapshot;
  item: AgendaItem;
  index: number;
  /** Its planned start (`HH:MM`), when the meeting has a start time. */
  startsAt: string | undefined;
  selected: boolean;
  onSelect: (itemId: string) => void;
  now: number;
}

/** The id of an item's move button, so focus can follow the item it moved. */
const moveButtonId = (itemId: string, direction: 'up' | 'down'): string => `agenda-move-${direction}-${itemId}`;

/**
 * One agenda item: its number and title (a button that opens it), kind, presenter, planned
 * minutes (and, once its timer ran, planned against actual), the badge of an item carried over,
 * and whether it is current or done, each in words, not by colour alone. Editors move it with
 * buttons (the keyboard's way to reorder) and remove it; the facilitator goes to it.
 */
export function AgendaItemRow({ meeting, item, index, startsAt, selected, onSelect, now }: AgendaItemRowProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { canEdit, canRun, actions, clock } = useMeetingContext();
  const { status, currentItem } = meeting.run;
  const current = item.id === currentItem;
  const done = meeting.progress[item.id]?.done === true;
  const times = plannedActual(meeting, item, now);
  const title = item.title || t('meeting.item.untitled');
  const number = index + 1;
  const last = index === meeting.agenda.length - 1;
  const [removing, setRemoving] = useState(false);

  const move = (direction: 'up' | 'down'): void => {
    const toIndex = direction === 'up' ? index - 1 : index + 1;
    if (!actions.moveItem(item.id, toIndex)) return;
    announce(t('meeting.agenda.moved', { title, number: toIndex + 1 }));
    // The row moves; the focus goes with it, onto the same button unless it has reached the end.
    const edge = direction === 'up' ? toIndex === 0 : toIndex === meeting.agenda.length - 1;
    requestAnimationFrame(() => document.getElementById(moveButtonId(item.id, edge ? (direction === 'up' ? 'down' : 'up') : direction))?.focus());
  };

  return (
    <li className={`agenda-item${current ? ' is-current' : ''}${selected ? ' is-selected' : ''}${done ? ' is-done' : ''}`} aria-current={current ? 'step' : undefined}>
      <button type="button" className="agenda-open" aria-pressed={selected} onClick={() => onSelect(item.id)}>
        <span className="agenda-number">{t('meeting.item.number', { number })}</span> <span className="agenda-title">{title}</span>
      </button>
      <p className="agenda-meta">
        {startsAt && <span>{startsAt}</span>}
        <span className={`item-kind is-${item.kind}`}>{t(`meeting.kinds.${item.kind}`)}</span>
        {item.presenter && <span>{item.presenter}</span>}
        <span>{times ? t('meeting.agenda.plannedActual', { planned: times.planned, actual: times.actual }) : t('meeting.agenda.minutes', { minutes: item.minutes })}</span>
        {item.carriedFrom && <span className="badge carried">{t('meeting.item.carriedFrom', { date: item.carriedFrom })}</span>}
        {current && status !== 'ended' && <span className="badge current">{t('meeting.agenda.current')}</span>}
        {done && (
          <span className="badge done">
            <span aria-hidden="true">✓ </span>
            {t('meeting.agenda.done')}
          </span>
        )}
      </p>
      {(canEdit || canRun) && (
        <div className="agenda-tools">
          {canRun && status !== 'ended' && !current && (
            <button type="button" disabled={!clock.ready} onClick={() => actions.goTo(item.id)} aria-label={t('meeting.agenda.goToItem', { number, title })}>
              {t('meeting.agenda.goTo')}
            </button>
          )}
          {canEdit && (
            <>
              <button type="button" id={moveButtonId(item.id, 'up')} className="icon-button" disabled={index === 0} onClick={() => move('up')} aria-label={t('meeting.agenda.moveUp', { title })}>
                <ArrowUp aria-hidden="true" size={18} />
              </button>
              <button type="button" id={moveButtonId(item.id, 'down')} className="icon-button" disabled={last} onClick={() => move('down')} aria-label={t('meeting.agenda.moveDown', { title })}>
                <ArrowDown aria-hidden="true" size={18} />
              </button>
              <button type="button" className="icon-button" onClick={() => setRemoving(true)} aria-label={t('meeting.agenda.remove', { title })}>
                <Trash2 aria-hidden="true" size={18} />
              </button>
            </>
          )}
        </div>
      )}
      {removing && (
        <ConfirmDialog
          title={t('meeting.agenda.removeTitle', { title })}
          confirmLabel={t('meeting.agenda.removeConfirm')}
          cancelLabel={t('meeting.run.cancel')}
          onCancel={() => setRemoving(false)}
          onConfirm={() => {
            setRemoving(false);
            if (actions.removeItem(item.id)) announce(t('meeting.agenda.removed', { title }));
          }}
        >
          <p>{t('meeting.agenda.removeText')}</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

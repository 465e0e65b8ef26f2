import { useState } from 'react';
import { ArrowDown, ArrowUp, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';

interface AgendaItemToolsProps {
  meeting: MeetingSnapshot;
  item: AgendaItem;
  index: number;
  /** The item's title as shown (its own, or "(utan rubrik)"). */
  title: string;
  current: boolean;
}

/** The id of an item's move button, so focus can follow the item it moved. */
const moveButtonId = (itemId: string, direction: 'up' | 'down'): string => `agenda-move-${direction}-${itemId}`;

/**
 * An agenda item's tools: the facilitator goes to it; editors move it with buttons (the keyboard's
 * way to reorder, MTP8) and remove it after a confirmation. Nothing for a viewer.
 */
export function AgendaItemTools({ meeting, item, index, title, current }: AgendaItemToolsProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { canEdit, canRun, actions, clock } = useMeetingContext();
  const [removing, setRemoving] = useState(false);
  const number = index + 1;
  const last = index === meeting.agenda.length - 1;

  const move = (direction: 'up' | 'down'): void => {
    const toIndex = direction === 'up' ? index - 1 : index + 1;
    if (!actions.moveItem(item.id, toIndex)) return;
    announce(t('meeting.agenda.moved', { title, number: toIndex + 1 }));
    // The row moves; the focus goes with it, onto the same button unless it has reached the end.
    const edge = direction === 'up' ? toIndex === 0 : toIndex === meeting.agenda.length - 1;
    requestAnimationFrame(() => document.getElementById(moveButtonId(item.id, edge ? (direction === 'up' ? 'down' : 'up') : direction))?.focus());
  };
  const remove = (): void => {
    setRemoving(false);
    if (actions.removeItem(item.id)) announce(t('meeting.agenda.removed', { title }));
  };

  if (!canEdit && !canRun) return null;
  return (
    <div className="agenda-tools">
      {canRun && meeting.run.status !== 'ended' && !current && (
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
      {removing && (
        <ConfirmDialog title={t('meeting.agenda.removeTitle', { title })} confirmLabel={t('meeting.agenda.removeConfirm')} cancelLabel={t('meeting.run.cancel')} onCancel={() => setRemoving(false)} onConfirm={remove}>
          <p>{t('meeting.agenda.removeText')}</p>
        </ConfirmDialog>
      )}
    </div>
  );
}

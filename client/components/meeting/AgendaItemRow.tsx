import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { AgendaItemMeta } from './AgendaItemMeta.tsx';
import { AgendaItemTools } from './AgendaItemTools.tsx';

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

/**
 * One agenda item: its number and title (a button that opens it), its facts and badges, and the
 * tools of whoever may change or run the meeting. The current item is marked `aria-current="step"`.
 */
export function AgendaItemRow({ meeting, item, index, startsAt, selected, onSelect, now }: AgendaItemRowProps) {
  const { t } = useTranslation();
  const current = item.id === meeting.run.currentItem;
  const done = meeting.progress[item.id]?.done === true;
  const title = item.title || t('meeting.item.untitled');
  return (
    <li className={`agenda-item${current ? ' is-current' : ''}${selected ? ' is-selected' : ''}${done ? ' is-done' : ''}`} aria-current={current ? 'step' : undefined}>
      <button type="button" className="agenda-open" aria-pressed={selected} onClick={() => onSelect(item.id)}>
        <span className="agenda-number">{t('meeting.item.number', { number: index + 1 })}</span> <span className="agenda-title">{title}</span>
      </button>
      <AgendaItemMeta meeting={meeting} item={item} startsAt={startsAt} current={current} done={done} now={now} />
      <AgendaItemTools meeting={meeting} item={item} index={index} title={title} current={current} />
    </li>
  );
}

import { useTranslation } from 'react-i18next';
import { ITEM_KINDS, MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { AgendaItem } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { LabelledSelect } from '../app/LabelledSelect.tsx';
import { DraftField } from './DraftField.tsx';
import { ItemTextField } from './ItemTextField.tsx';

/** An item's title, presenter, planned minutes and kind, as an editor changes them (MTG6). */
export function ItemFields({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  const { actions } = useMeetingContext();
  return (
    <div className="item-fields">
      <ItemTextField item={item} field="title" label={t('meeting.item.title')} />
      <DraftField label={t('meeting.item.presenter')} value={item.presenter ?? ''} maxLength={MEETING_LIMITS.name} onSave={(presenter) => actions.updateItem(item.id, { presenter: presenter.trim() })} />
      <DraftField
        label={t('meeting.item.minutes')}
        type="number"
        min={1}
        max={MEETING_LIMITS.minutes}
        value={String(item.minutes)}
        onSave={(minutes) => actions.updateItem(item.id, { minutes: Number(minutes) })}
      />
      <LabelledSelect label={t('meeting.item.kind')} value={item.kind} onChange={(kind) => actions.updateItem(item.id, { kind })} options={ITEM_KINDS.map((k) => ({ value: k, label: t(`meeting.kinds.${k}`) }))} />
    </div>
  );
}

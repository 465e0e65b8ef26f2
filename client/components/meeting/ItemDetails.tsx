import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { ITEM_DETAILS_ATTRIBUTE } from '../../meeting/useSelectedItem.ts';
import type { Stage } from '../../meeting/useStage.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { ItemDecisions } from '../decisions/ItemDecisions.tsx';
import type { BoardSummary } from '../start/boardsApi.ts';
import { ItemFields } from './ItemFields.tsx';
import { ItemLinks } from './ItemLinks.tsx';
import { ItemTextField } from './ItemTextField.tsx';

/**
 * The open agenda item: its fields (editable by editors and the facilitator), the boards and cards
 * it links with "Visa tavlan", its notes, which several people may type in at once (MTG6), and its
 * decisions (MTG22).
 */
export function ItemDetails({ meeting, item, boards, stage, revealed, onRevealed }: { meeting: MeetingSnapshot; item: AgendaItem; boards: readonly BoardSummary[]; stage: Stage; revealed?: string | undefined; onRevealed?: () => void }) {
  const { t } = useTranslation();
  const { canEdit } = useMeetingContext();
  const number = meeting.agenda.findIndex((entry) => entry.id === item.id) + 1;
  const attribute = { [ITEM_DETAILS_ATTRIBUTE]: '' };
  return (
    <section className="item-details" aria-labelledby="item-details-heading" {...attribute}>
      <h2 id="item-details-heading">
        {t('meeting.item.number', { number })} {item.title || t('meeting.item.untitled')}
      </h2>
      {item.carriedFrom && <p className="badge carried">{t('meeting.item.carriedFrom', { date: item.carriedFrom })}</p>}
      {canEdit ? (
        <ItemFields item={item} />
      ) : (
        <dl className="item-facts">
          <div>
            <dt>{t('meeting.item.presenter')}</dt>
            <dd>{item.presenter ?? '–'}</dd>
          </div>
          <div>
            <dt>{t('meeting.item.minutes')}</dt>
            <dd>{t('meeting.agenda.minutes', { minutes: item.minutes })}</dd>
          </div>
          <div>
            <dt>{t('meeting.item.kind')}</dt>
            <dd>{t(`meeting.kinds.${item.kind}`)}</dd>
          </div>
        </dl>
      )}
      <ItemLinks item={item} boards={boards} stage={stage} />
      {canEdit ? (
        <ItemTextField item={item} field="notes" label={t('meeting.item.notes')} />
      ) : (
        <div className="item-notes-read">
          <h3>{t('meeting.item.notes')}</h3>
          <p>{item.notes || t('meeting.item.noNotes')}</p>
        </div>
      )}
      <ItemDecisions meeting={meeting} item={item} revealed={revealed} onRevealed={onRevealed} />
    </section>
  );
}

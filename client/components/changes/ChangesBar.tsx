import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/useSession.ts';
import { changedCardIds, useChanges } from '../../changes/ChangesContext.tsx';
import { previousMeetingText } from '../../changes/previousMeetingText.ts';
import type { SinceMode } from '../../changes/useBoardChanges.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useFilters } from '../../state/BoardContext.tsx';
import { AgendaButton } from './AgendaButton.tsx';
import { ChangesPanel } from './ChangesPanel.tsx';
import './changes.css';

/**
 * "Ändrat sedan…" on the board (CHG7-CHG10): since when (the previous meeting, this user's last
 * visit, a chosen day), "Dölj mina egna ändringar", the filter that shows only the changed cards
 * (part of the board's filter, so the totals follow it and "Rensa filter" clears it), how many
 * cards changed, the list of all changes, and "Lägg på nästa mötes dagordning".
 */
export function ChangesBar() {
  const { t } = useTranslation();
  const headingId = useId();
  const view = useChanges();
  const { filter, setFilter } = useFilters();
  const share = useSession().status === 'share';
  if (!view) return null;
  const { changes } = view;
  const { previous, visit, mode, choice, status, cards } = changes;

  const filterLabel = mode === 'meeting' ? t('changes.filterMeeting') : mode === 'visit' ? t('changes.filterVisit') : t('changes.filterDate', { date: choice.date });
  const toggleFilter = (on: boolean): void => {
    const { changed: _off, ...rest } = filter;
    setFilter(on ? { ...rest, changed: changedCardIds(cards) } : rest);
  };

  return (
    <section className="changes-bar" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('changes.heading')}</h2>
      <label>
        <span>{t('changes.since')}</span>
        <select value={mode} onChange={(event) => changes.choose({ mode: event.target.value as SinceMode })}>
          <option value="meeting" disabled={!previous}>
            {previous ? previousMeetingText(t, previous, { titled: 'changes.sinceMeeting', ended: 'changes.sinceMeetingEnded' }) : t('changes.sinceNoMeeting')}
          </option>
          <option value="visit" disabled={!visit}>
            {visit ? t('changes.sinceVisit', { when: formatDateTime(visit) }) : t('changes.sinceNoVisit')}
          </option>
          <option value="date">{t('changes.sinceDate')}</option>
        </select>
      </label>
      {mode === 'date' && (
        <label>
          <span>{t('changes.date')}</span>
          <input type="date" value={choice.date} onChange={(event) => changes.choose({ date: event.target.value })} />
        </label>
      )}
      {!share && (
        <label className="changes-check">
          <input type="checkbox" checked={choice.excludeMine} onChange={(event) => changes.choose({ excludeMine: event.target.checked })} />
          {t('changes.excludeMine')}
        </label>
      )}
      <label className="changes-check">
        <input type="checkbox" checked={filter.changed !== undefined} disabled={status !== 'ready' && filter.changed === undefined} onChange={(event) => toggleFilter(event.target.checked)} />
        {filterLabel}
      </label>
      <p className="changes-status" role="status">
        {status === 'loading' && t('changes.loading')}
        {status === 'failed' && t('changes.failed')}
        {status === 'idle' && t('changes.pickDate')}
        {status === 'ready' && (cards.length === 0 ? t('changes.none') : t('changes.count', { count: cards.length }))}
      </p>
      <ChangesPanel />
      <AgendaButton />
    </section>
  );
}

import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDays } from 'lucide-react';
import { useLanguage } from '../../i18n/useLanguage.ts';
import { useLaneLabel } from '../../state/useLaneLabel.ts';
import { formatPartialDate } from './formatPartialDate.ts';
import { useMilestones } from '../../state/useMilestones.ts';
import './TimelineStrip.css';

/**
 * The board's tidsplan: its dated milestones in a horizontal strip above the columns, each
 * with its date as precise as stored ("april 2025", "2025"), who is involved and its lane.
 * Renders nothing when the board has no milestones. Reads the board of the BoardProvider above it.
 */
export function TimelineStrip() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const laneLabel = useLaneLabel();
  const milestones = useMilestones();
  const headingId = useId();
  if (milestones.length === 0) return null;
  return (
    <section className="timeline" aria-labelledby={headingId}>
      <h2 id={headingId} className="timeline-heading">
        <CalendarDays aria-hidden="true" size={20} /> {t('timeline.heading')}
      </h2>
      {/* Focusable so the strip scrolls with the arrow keys when it is wider than the page. */}
      <ol className="timeline-list" tabIndex={0} aria-labelledby={headingId}>
        {milestones.map((m) => (
          <li key={m.id} className="timeline-item" data-lane={m.lane ?? ''}>
            <time className="timeline-date" dateTime={m.date}>
              {formatPartialDate(m.date, lang)}
            </time>
            <span className="timeline-title">{m.title}</span>
            {m.involved && <span className="timeline-involved">{t('timeline.involved', { names: m.involved })}</span>}
            <span className="timeline-lane">{m.lane ? laneLabel(m.lane) : t('timeline.wholeBoard')}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem, MeetingSnapshot } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { minutesEntries } from '../../meeting/minutesEntries.ts';
import { DecisionEntry, matterFieldId } from './DecisionEntry.tsx';
import { NewDecisionForm } from './NewDecisionForm.tsx';
import './decisions.css';

interface ItemDecisionsProps {
  meeting: MeetingSnapshot;
  item: AgendaItem;
  /** A decision added elsewhere (the current item's "Nytt beslut") to open here and focus; then `onRevealed`. */
  revealed?: string | undefined;
  onRevealed?: () => void;
}

/**
 * An agenda item's decisions (MTG22): each read as "§ 3 Ärende" and its att-satser, and for anyone
 * with edit rights, while the minutes are a draft, opened one by one in an editor and recorded with
 * "Nytt beslut". A new decision opens with the focus in its ärende. Approved minutes are locked
 * (MTG28): everyone reads them, and a correction is made in the minutes (MTG29).
 */
export function ItemDecisions({ meeting, item, revealed, onRevealed }: ItemDecisionsProps) {
  const { t } = useTranslation();
  const { canEdit } = useMeetingContext();
  const headingId = useId();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [focus, setFocus] = useState<string | undefined>(undefined);
  const entries = minutesEntries(meeting).items.find((entry) => entry.item.id === item.id)?.entries ?? [];
  const originals = entries.filter((d) => d.correctionOf === undefined);
  const editable = canEdit && meeting.minutes.status === 'draft';
  const reveal = (id: string): void => {
    setOpen((was) => new Set(was).add(id));
    setFocus(id);
  };
  useEffect(() => {
    if (revealed === undefined || !entries.some((d) => d.id === revealed)) return;
    reveal(revealed);
    onRevealed?.();
  }, [revealed, entries, onRevealed]);
  useEffect(() => {
    if (focus === undefined) return;
    document.getElementById(matterFieldId(focus))?.focus();
    setFocus(undefined);
  }, [focus]);
  const toggle = (id: string): void =>
    setOpen((was) => {
      const next = new Set(was);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const paragraphOf = (id: string | undefined) => entries.find((d) => d.id === id)?.paragraph;

  return (
    <section className="item-decisions" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('decisions.heading')}</h3>
      {entries.length === 0 ? (
        <p>{t('decisions.none')}</p>
      ) : (
        <ol className="decision-list">
          {entries.map((decision) => (
            <DecisionEntry
              key={decision.id}
              decision={decision}
              item={item}
              index={originals.indexOf(decision)}
              count={originals.length}
              editable={editable && decision.correctionOf === undefined}
              open={open.has(decision.id)}
              onToggle={() => toggle(decision.id)}
              correctedParagraph={paragraphOf(decision.correctionOf)}
            />
          ))}
        </ol>
      )}
      {editable && <NewDecisionForm itemId={item.id} onAdded={reveal} />}
    </section>
  );
}

import { Gavel } from 'lucide-react';
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionLogEntry } from '../../../shared/decisions/boardDecisions.ts';
import { useDecisionLog } from '../../decisions/DecisionLogContext.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useBoardContext } from '../../state/BoardContext.tsx';
import { Link } from '../app/Link.tsx';
import { Modal } from '../board/Modal.tsx';
import { decisionHref } from '../cards/CardDecision.tsx';
import './DecisionLogPanel.css';

/**
 * The header's "Beslutslogg" button and the board's decision log it opens as a side dialog, as the
 * activity feed opens (ActivityPanel): for every reader of the board, share links too (DLS2). The
 * log is fetched again on each opening; the dialog takes focus and gives it back on close (Modal).
 */
export function DecisionLogPanel() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { refresh } = useDecisionLog();
  useRefreshOnDecisionRefs(refresh);
  const show = (): void => {
    refresh();
    setOpen(true);
  };
  return (
    <>
      <button type="button" className="decision-log-button" aria-haspopup="dialog" onClick={show}>
        <Gavel aria-hidden="true" size={18} /> {t('decisionLog.open')}
      </button>
      {open && (
        <Modal title={t('decisionLog.title')} onClose={() => setOpen(false)} className="decision-log-panel">
          <DecisionLogList />
        </Modal>
      )}
    </>
  );
}

/**
 * DEC8: asks the log again when a card's decisionRef changes (a decision applied here or in another
 * browser), so the card faces get the new decision's § and link without a reload.
 */
function useRefreshOnDecisionRefs(refresh: () => void): void {
  const { store } = useBoardContext();
  const refs = useSyncExternalStore(store.subscribe, () =>
    JSON.stringify((store.getBoard()?.cards ?? []).flatMap((card) => (card.decisionRef ? [[card.id, card.decisionRef.meeting, card.decisionRef.decision]] : []))),
  );
  const seen = useRef(refs);
  useEffect(() => {
    if (seen.current === refs) return;
    seen.current = refs;
    refresh();
  }, [refs, refresh]);
}

/**
 * The log, newest first (DLS1): each decision by its §, ärende, meeting and date, its att-satser and
 * the cards it concerns; of a draft the reader may not open, "ej justerat" in place of its words (DLS4).
 */
function DecisionLogList() {
  const { t } = useTranslation();
  const { status, log } = useDecisionLog();
  if (status === 'failed') return <p role="alert">{t('decisionLog.failed')}</p>;
  if (status === 'loading' && log.decisions.length === 0) return <p>{t('decisionLog.loading')}</p>;
  if (log.decisions.length === 0) return <p>{t('decisionLog.empty')}</p>;
  return (
    <>
      <p>{t('decisionLog.intro')}</p>
      <ol className="decision-log">
        {log.decisions.map((entry) => (
          <DecisionLogItem key={`${entry.meetingId}/${entry.decisionId}`} entry={entry} />
        ))}
      </ol>
      {log.truncated && <p>{t('decisionLog.truncated')}</p>}
    </>
  );
}

function DecisionLogItem({ entry }: { entry: DecisionLogEntry }) {
  const { t } = useTranslation();
  const { store } = useBoardContext();
  const paragraph = entry.paragraph === undefined ? t('decisionLog.unnumbered') : t('decisionLog.paragraph', { paragraph: entry.paragraph });
  const meeting = t('decisionLog.meeting', { title: entry.meetingTitle, date: formatDate(entry.date) });
  const cards = entry.cardIds.map((id) => store.getCard(id)?.title || id).join(', ');
  return (
    <li className="decision-log-entry">
      <h3>
        {paragraph} {entry.matter ?? t('decisionLog.notApproved')}
      </h3>
      <p className="decision-log-meeting">{meeting}</p>
      {entry.text && <p className="decision-log-text">{entry.text}</p>}
      <p>
        {t('decisionLog.cards')}: {cards}
      </p>
      {entry.meetingReadable ? (
        <Link href={decisionHref({ meeting: entry.meetingId, decision: entry.decisionId })}>{t('decisionLog.openMeeting', { title: entry.meetingTitle })}</Link>
      ) : (
        <p className="decision-log-no-access">{t('decisionLog.noAccess')}</p>
      )}
    </li>
  );
}

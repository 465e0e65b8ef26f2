import type { i18n as I18n } from 'i18next';
import { changeSummaryText } from '../../shared/changes/changeSummary.ts';
import type { CardChanges } from '../../shared/changes/collapseChanges.ts';
import type { ChangeSummaryNote } from '../../shared/changes/placeChangeSummary.ts';
import { formatDateTime } from '../i18n/format.ts';
import type { BoardChanges } from './useBoardChanges.ts';
import { changeWording } from './changeWording.ts';
import { previousMeetingText } from './previousMeetingText.ts';

interface NoteSource {
  boardId: string;
  boardTitle: string;
  changes: BoardChanges;
  columnTitle: (columnId: string) => string | undefined;
  cardTitle: (card: CardChanges) => string;
}

/**
 * The board's change summary as it goes on the agenda (CHG9, CHG10): always in Swedish, the
 * minutes' language, whatever the UI speaks; its heading "Ändringar på <tavla>", then since when.
 */
export function summaryNote(i18n: I18n, { boardId, boardTitle, changes, columnTitle, cardTitle }: NoteSource): ChangeSummaryNote {
  const t = i18n.getFixedT('sv');
  const heading = t('changes.agenda.heading', { board: boardTitle });
  const { previous, since } = changes;
  const sinceLine =
    changes.mode === 'meeting' && previous
      ? previousMeetingText(t, previous, { titled: 'changes.agenda.sinceMeeting', ended: 'changes.agenda.sinceMeetingEnded' })
      : t('changes.agenda.sinceTime', { when: since?.kind === 'time' ? formatDateTime(since.since) : '' });
  const text = changeSummaryText([heading, sinceLine], changes.cards, changeWording(t, 'sv', columnTitle), cardTitle);
  return { boardId, heading, text, itemTitle: heading };
}

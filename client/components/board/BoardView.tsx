import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { EditAccessContext } from '../../auth/EditAccessContext.ts';
import { FULL_ACCESS, ScopeRefusal, type EditAccess } from '../../auth/editAccess.ts';
import { setEditingCard } from '../../sync/presence.ts';
import { BoardProvider } from '../../state/BoardContext.tsx';
import { useBoardMeta } from '../../state/useBoard.ts';
import { BoardDnd } from '../../dnd/BoardDnd.tsx';
import { CardEditor } from '../cards/CardEditor.tsx';
import { CardWordingProvider } from '../cards/CardWording.tsx';
import { MoveCardDialog } from '../cards/MoveCardDialog.tsx';
import { BoardCommandsContext, type BoardCommands } from '../../state/BoardCommands.tsx';
import { BoardGrid } from './BoardGrid.tsx';
import { ExportMenu } from '../export/ExportMenu.tsx';
import { ImportButton } from '../import/ImportButton.tsx';
import { FiltersBar } from './FiltersBar.tsx';
import { TotalsHeader } from './TotalsHeader.tsx';
import { SavingsLedger } from '../ledger/SavingsLedger.tsx';
import { TimelineStrip } from '../timeline/TimelineStrip.tsx';
import { ReportCyclePanel } from '../reports/ReportCyclePanel.tsx';
import { ChangesBar } from '../changes/ChangesBar.tsx';
import { ChangesProvider } from '../../changes/ChangesContext.tsx';
import { changesApi as defaultChangesApi, type ChangesApi } from '../../changes/changesApi.ts';
import './BoardView.css';

interface BoardViewProps {
  /** The board's document, already syncing. */
  doc: Y.Doc;
  /** This user's transaction origin, tracked by the UndoManager. */
  origin: unknown;
  /** Presence; absent in tests, then no one else is shown editing. */
  awareness?: Awareness;
  /** The board's id, for the card history from the server; without it the editor shows none. */
  boardId?: string;
  /** What this user may change (client/auth/editAccess.ts); everything when absent. */
  access?: EditAccess;
  /** Where "Ändrat sedan…" asks (with `boardId`); the page's server when absent. */
  changesApi?: ChangesApi;
}

/** The board page's body: filters, totals, the columns and lanes of cards, and the card dialogs. */
export function BoardView({ doc, origin, awareness, boardId, access = FULL_ACCESS, changesApi = defaultChangesApi }: BoardViewProps) {
  const body = <BoardBody awareness={awareness} boardId={boardId} />;
  return (
    <BoardProvider doc={doc} origin={origin} awareness={awareness}>
      <EditAccessContext.Provider value={access}>
        {/* What changed since the previous meeting is the server's history: a board without its id has none to show. */}
        {boardId ? (
          <ChangesProvider boardId={boardId} api={changesApi}>
            {body}
          </ChangesProvider>
        ) : (
          body
        )}
      </EditAccessContext.Provider>
    </BoardProvider>
  );
}

function BoardBody({ awareness, boardId }: { awareness: Awareness | undefined; boardId: string | undefined }) {
  const { t } = useTranslation();
  const meta = useBoardMeta();
  const [editing, setEditing] = useState<string | null>(null);
  const [moving, setMoving] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reportError = useCallback(
    (cause: unknown) => {
      if (cause instanceof ScopeRefusal) return setError(t('card.outOfScope'));
      const reason = cause instanceof SchemaError ? t(`board.errors.${cause.code}`, { field: cause.field }) : String(cause);
      setError(t('board.error', { reason }));
    },
    [t],
  );
  const commands = useMemo<BoardCommands>(
    () => ({ openCard: setEditing, openMoveDialog: setMoving, reportError }),
    [reportError],
  );

  // Others see which card this user has open (awareness, never the document).
  useEffect(() => {
    if (!awareness) return;
    setEditingCard(awareness, editing);
    return () => setEditingCard(awareness, null);
  }, [awareness, editing]);

  if (!meta) return <p className="board-loading">{t('board.loading')}</p>;
  return (
    <BoardCommandsContext.Provider value={commands}>
      <div className="board-view">
        <FiltersBar />
        {boardId && (
          <div className="board-file-tools">
            <ExportMenu boardId={boardId} />
            <ImportButton boardId={boardId} kind={meta.kind} />
          </div>
        )}
        <ChangesBar />
        <TotalsHeader showEffect={meta.kind === 'measures'} />
        {meta.kind === 'measures' && <SavingsLedger />}
        {meta.kind === 'assignments' && <ReportCyclePanel />}
        <TimelineStrip />
        {error && (
          <p className="board-error" role="alert">
            {error}{' '}
            <button type="button" onClick={() => setError(null)}>
              {t('card.editor.close')}
            </button>
          </p>
        )}
        <CardWordingProvider>
          <BoardDnd>
            <BoardGrid meta={meta} />
          </BoardDnd>
        </CardWordingProvider>
        {editing && <CardEditor cardId={editing} {...(boardId && { boardId })} onClose={() => setEditing(null)} />}
        {moving && <MoveCardDialog cardId={moving} onClose={() => setMoving(null)} />}
      </div>
    </BoardCommandsContext.Provider>
  );
}

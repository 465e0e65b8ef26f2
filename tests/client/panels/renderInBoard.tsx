import type { ReactElement } from 'react';
import type * as Y from 'yjs';
import type { Language } from '../../../client/i18n/format.ts';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

/** Renders a board panel under a BoardProvider for `doc`, as BoardView does, in `lng` (Swedish by default). */
export function renderInBoard(ui: ReactElement, doc: Y.Doc, { origin = null, lng = 'sv' }: { origin?: unknown; lng?: Language } = {}) {
  return renderWithI18n(
    <BoardProvider doc={doc} origin={origin}>
      {ui}
    </BoardProvider>,
    lng,
  );
}

import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { BoardView } from '../../../client/components/board/BoardView.tsx';
import { LiveRegionProvider } from '../../../client/components/app/LiveRegion.tsx';
import { createI18n } from '../../../client/i18n/i18n.ts';
import type { Language } from '../../../client/i18n/format.ts';
import type { EditAccess } from '../../../client/auth/editAccess.ts';
import type { ChangesApi } from '../../../client/changes/changesApi.ts';

/** Renders the board view as the app does: with the catalogue (Swedish unless told) and the live region. */
export function renderBoardView(doc: Y.Doc, options: { lng?: Language; origin?: unknown; awareness?: Awareness; access?: EditAccess; boardId?: string; changesApi?: ChangesApi } = {}) {
  const i18n = createI18n(options.lng ?? 'sv');
  return render(
    <I18nextProvider i18n={i18n}>
      <LiveRegionProvider>
        <BoardView doc={doc} origin={options.origin ?? null} awareness={options.awareness} {...(options.access && { access: options.access })} {...(options.boardId && { boardId: options.boardId })} {...(options.changesApi && { changesApi: options.changesApi })} />
      </LiveRegionProvider>
    </I18nextProvider>,
  );
}

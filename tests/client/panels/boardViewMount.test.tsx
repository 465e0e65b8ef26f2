// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { readMeta } from '../../../shared/read/readMeta.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';

afterEach(cleanup);

describe('BoardView with its panels', () => {
  it('a measures board shows the savings ledger and the tidsplan, and no report cycle', () => {
    renderBoardView(buildSeedBoard(hsfAtgarder));
    expect(screen.getByText('Besparingar:')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Tidsplan' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Månadsrapportering' })).toBeNull();
  });

  it('an assignments board shows the report cycle, writing with the board\'s origin', async () => {
    const doc = buildSeedBoard(hsfFmUppdrag2025);
    const origin = { user: 'board' };
    const seen: unknown[] = [];
    doc.on('afterTransaction', (tr: { origin: unknown; local: boolean }) => tr.local && seen.push(tr.origin));
    renderBoardView(doc, { origin });
    expect(screen.queryByText('Besparingar:')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Öppna nästa månad (juni 2025)' }));
    expect(readMeta(doc).currentMonth).toBe('2025-06');
    expect(seen).toEqual([origin]);
  });
});

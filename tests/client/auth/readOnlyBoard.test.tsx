// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { editAccessFor } from '../../../client/auth/editAccess.ts';
import { makeBoard } from '../board/boardFixture.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';
import { seriousViolations } from '../panels/axeCheck.ts';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { EditAccessContext } from '../../../client/auth/EditAccessContext.ts';
import { ReportCyclePanel } from '../../../client/components/reports/ReportCyclePanel.tsx';
import { renderInBoard } from '../panels/renderInBoard.tsx';

afterEach(cleanup);

function board() {
  const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
  createCard(doc, { column: columns[0]!, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', effect: 3000, decisionLevel: 'political' } });
  createCard(doc, { column: columns[0]!, title: 'Annas kort', fields: { unit: 'Medicin', decisionLevel: 'political', responsible: [' anna sundén '] } });
  createCard(doc, { column: columns[0]!, title: 'Ortopedins kort', fields: { unit: 'Ortopedi', decisionLevel: 'political' } });
  return doc;
}

const card = (title: string): HTMLElement => screen.getByRole('article', { name: title });

describe('the board for a role that may not change everything (ROLE4, ROLE5)', () => {
  it('[ROLE5] a viewer sees the cards but no add card or column, no drag handles, no "Flytta till…", no column settings', async () => {
    renderBoardView(board(), { access: editAccessFor({ role: 'viewer', scope: [] }, 'Vera Visare') });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(screen.queryAllByRole('button', { name: /Lägg till kort/ })).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Lägg till kolumn/ })).toBeNull();
    expect(screen.queryAllByRole('button', { name: /^Dra / })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Flytta / })).toHaveLength(0);
    expect(screen.queryAllByRole('button', { name: /^Inställningar|inställningar/i })).toHaveLength(0);
    expect(document.querySelectorAll('.card-handle, .column-handle, .card-move, .add-card')).toHaveLength(0);
    expect(await seriousViolations(document.body)).toEqual([]);
  });

  it('[ROLE5] a viewer’s card editor opens read-only: every input disabled, no archive button', async () => {
    const user = userEvent.setup();
    renderBoardView(board(), { access: editAccessFor({ role: 'viewer', scope: [] }, 'Vera Visare') });
    await user.click(within(card('Kirurgins kort')).getByRole('button', { name: 'Öppna Kirurgins kort' }));
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByText('Du kan bara läsa det här kortet.')).toBeTruthy();
    const inputs = within(dialog).getAllByRole('textbox');
    expect(inputs.length).toBeGreaterThan(2);
    for (const input of inputs) expect((input as HTMLInputElement).matches(':disabled')).toBe(true);
    expect(within(dialog).queryByRole('button', { name: 'Arkivera kortet' })).toBeNull();
  });

  it('[ROLE4] a unit chief drags and moves their own cards (unit in scope, or named responsible) but not a neighbour’s; no new cards or columns', async () => {
    const user = userEvent.setup();
    renderBoardView(board(), { access: editAccessFor({ role: 'unitChief', scope: ['kirurgi'] }, 'Anna Sundén') });
    for (const own of ['Kirurgins kort', 'Annas kort']) {
      expect(within(card(own)).getByRole('button', { name: /^Flytta / })).toBeTruthy();
      expect(card(own).querySelector('.card-handle')).not.toBeNull();
    }
    expect(within(card('Ortopedins kort')).queryByRole('button', { name: /^Flytta / })).toBeNull();
    expect(card('Ortopedins kort').querySelector('.card-handle')).toBeNull();
    expect(document.querySelectorAll('.add-card, .add-column, .column-handle')).toHaveLength(0);

    await user.click(within(card('Ortopedins kort')).getByRole('button', { name: 'Öppna Ortopedins kort' }));
    expect(within(screen.getByRole('dialog')).getAllByRole('textbox').every((input) => input.matches(':disabled'))).toBe(true);
    await user.click(within(screen.getByRole('dialog')).getAllByRole('button', { name: 'Stäng' }).at(-1)!);
    await user.click(within(card('Kirurgins kort')).getByRole('button', { name: 'Öppna Kirurgins kort' }));
    expect(within(screen.getByRole('dialog')).getAllByRole('textbox').every((input) => !input.matches(':disabled'))).toBe(true);
    expect(within(screen.getByRole('dialog')).getByRole('button', { name: 'Arkivera kortet' })).toBeTruthy();
  });

  it('editors and facilitators keep every affordance', () => {
    for (const access of [editAccessFor({ role: 'editor', scope: [] }, 'Bo'), editAccessFor({ role: 'facilitator', scope: [] }, 'Bo')]) {
      renderBoardView(board(), { access });
      expect(document.querySelectorAll('.card-handle')).toHaveLength(3);
      expect(document.querySelector('.add-column')).not.toBeNull();
      cleanup();
    }
  });

  it('[UPD3] a board whose role is not known (not yet asked, or offline) is read-only until it is', () => {
    renderBoardView(board(), { access: editAccessFor(null, 'Bo') });
    expect(screen.getAllByRole('article')).toHaveLength(3);
    expect(document.querySelectorAll('.card-handle, .column-handle, .card-move, .add-card, .add-column')).toHaveLength(0);
  });

  it('[ROLE5] the report cycle offers a viewer no month to open and no reports to create', () => {
    const panel = (access: ReturnType<typeof editAccessFor>) => (
      <EditAccessContext.Provider value={access}>
        <ReportCyclePanel />
      </EditAccessContext.Provider>
    );
    renderInBoard(panel(editAccessFor({ role: 'editor', scope: [] }, 'Bo')), buildSeedBoard(hsfFmUppdrag2025));
    expect(screen.getByRole('button', { name: /^Öppna nästa månad/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Skapa saknade rapporter' })).toBeTruthy();
    cleanup();
    renderInBoard(panel(editAccessFor({ role: 'viewer', scope: [] }, 'Vera')), buildSeedBoard(hsfFmUppdrag2025));
    expect(screen.getByRole('heading', { name: /Har inte rapporterat/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Öppna nästa månad/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skapa saknade rapporter' })).toBeNull();
  });
});

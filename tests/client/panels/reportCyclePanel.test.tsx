// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { getCardsMap, getMeta } from '../../../shared/doc.ts';
import { setReportReady } from '../../../shared/ops/reports.ts';
import { readMeta } from '../../../shared/read/readMeta.ts';
import { ReportCyclePanel } from '../../../client/components/reports/ReportCyclePanel.tsx';
import { renderInBoard } from './renderInBoard.tsx';
import { connectPeer } from '../board/boardFixture.ts';
import { seriousViolations } from './axeCheck.ts';

afterEach(cleanup);

const ORIGIN = { user: 'test' };
const seed = () => buildSeedBoard(hsfFmUppdrag2025);
const missingList = () => within(screen.getByRole('region', { name: /Har inte rapporterat/ })).getAllByRole('listitem');

describe('ReportCyclePanel', () => {
  it('[RC1][RC5] shows the current month and who has not reported it', () => {
    renderInBoard(<ReportCyclePanel />, seed(), { origin: ORIGIN });
    expect(screen.getByText('Aktuell månad: maj 2025')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Har inte rapporterat maj 2025: 4' })).toBeTruthy();
    expect(missingList().map((li) => li.querySelector('.report-cycle-title')!.textContent)).toEqual([
      'Minska personalkostnaden HSN',
      'Minska personalkostnaden RUN',
      'Minska personalkostnaden RS',
      'Utifrån kloka kliniska val och dess struktur genomför prioriteringar för minskad vårdkonsumtion',
    ]);
    expect(within(missingList()[0]!).getByText('Ingen rapport')).toBeTruthy();
  });

  it('[RC4][RC5] opens the next month and marks a report ready, by keyboard alone, with this user\'s origin', async () => {
    const user = userEvent.setup();
    const doc = seed();
    const undo = new Y.UndoManager([getMeta(doc), getCardsMap(doc)], { trackedOrigins: new Set([ORIGIN]) });
    renderInBoard(<ReportCyclePanel />, doc, { origin: ORIGIN });

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Öppna nästa månad (juni 2025)' }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('status').textContent).toBe('juni 2025 är öppnad: 8 rapporter skapades.');
    expect(screen.getByText('Aktuell månad: juni 2025')).toBeTruthy();
    expect(missingList()).toHaveLength(8);
    expect(within(missingList()[0]!).getByText('Inte klar')).toBeTruthy();

    const markReady = screen.getByRole('button', { name: 'Markera klar: Minska hyrberoendet med till 3,7% av egna personalkostnaden' });
    markReady.focus();
    await user.keyboard(' ');
    expect(screen.getByRole('heading', { name: 'Har inte rapporterat juni 2025: 7' })).toBeTruthy();

    act(() => {
      undo.undo();
      undo.undo();
    });
    expect(readMeta(doc).currentMonth).toBeUndefined();
  });

  it('[RC5] follows a remote peer marking a report ready', () => {
    const doc = seed();
    const peer = connectPeer(doc);
    renderInBoard(<ReportCyclePanel />, doc, { origin: ORIGIN });
    act(() => {
      getMeta(peer).set('currentMonth', '2025-03');
    });
    expect(screen.getByText('Alla uppdrag har rapporterat mars 2025.')).toBeTruthy();
    act(() => setReportReady(peer, 'hyrberoende', '2025-03', false));
    expect(missingList()).toHaveLength(1);
  });

  it('[RC6] browses one assignment\'s reports month by month', async () => {
    const user = userEvent.setup();
    renderInBoard(<ReportCyclePanel />, seed(), { origin: ORIGIN });
    await user.click(screen.getByRole('button', { name: 'Öppna nästa månad (juni 2025)' }));
    await user.click(screen.getByRole('button', { name: 'Historik: Minska hyrberoendet med till 3,7% av egna personalkostnaden' }));
    const history = screen.getByRole('region', { name: 'Rapporthistorik' });
    expect(within(history).getByText('Rapport för juni 2025')).toBeTruthy();
    expect(within(history).getByText('(Månad 3 av 3)')).toBeTruthy();
    expect(within(history).getByRole('button', { name: /Nästa månad/ })).toHaveProperty('disabled', true);

    await user.click(within(history).getByRole('button', { name: /Föregående månad/ }));
    expect(within(history).getByText('Rapport för maj 2025')).toBeTruthy();
    await user.click(within(history).getByRole('button', { name: /Föregående månad/ }));
    expect(within(history).getByText('Rapport för mars 2025')).toBeTruthy();
    expect(within(history).getByText(/Styrgruppens sammansättning och arbetssätt har setts över/)).toBeTruthy();
    expect(within(history).getByText('Markerad som klar')).toBeTruthy();

    await user.selectOptions(within(history).getByRole('combobox', { name: 'Uppdrag' }), 'Minska personalkostnaden RUN');
    expect(within(history).getByText('Rapport för juni 2025')).toBeTruthy();
    expect(within(history).getByText('(Månad 2 av 2)')).toBeTruthy();
  });

  it('offers to create missing reports for the current month, and passes axe', async () => {
    const doc = seed();
    const { container } = renderInBoard(<ReportCyclePanel />, doc, { origin: ORIGIN });
    expect(await seriousViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Skapa saknade rapporter' }));
    expect(screen.getByRole('status').textContent).toBe('maj 2025 är öppnad: 4 rapporter skapades.');
    expect(missingList().every((li) => li.textContent!.includes('Inte klar'))).toBe(true);
    expect(screen.queryByRole('button', { name: 'Skapa saknade rapporter' })).toBeNull();
  });
});

// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { addMilestone, updateMilestone } from '../../../shared/ops/milestones.ts';
import { TimelineStrip } from '../../../client/components/timeline/TimelineStrip.tsx';
import { formatPartialDate } from '../../../client/components/timeline/formatPartialDate.ts';
import { renderInBoard } from './renderInBoard.tsx';
import { connectPeer, makeBoard } from '../board/boardFixture.ts';
import { seriousViolations } from './axeCheck.ts';

afterEach(cleanup);

const items = () => within(screen.getByRole('list', { name: 'Tidsplan' })).getAllByRole('listitem');

describe('TimelineStrip', () => {
  it('[MS3] shows the seed tidsplan in date order, 2025-04-15 Extrainsatt FSG … 2025-06-18 HSN beslut', () => {
    renderInBoard(<TimelineStrip />, buildSeedBoard(hsfAtgarder));
    expect(screen.getByRole('heading', { name: 'Tidsplan' })).toBeTruthy();
    const dates = items().map((li) => li.querySelector('time')!.textContent);
    expect(dates).toEqual([
      '2025', 'april 2025', 'april 2025', '2025-04-15', '2025-04-25', '2025-05-20', '2025-05-20',
      '2025-06-04', '2025-06-04', '2025-06-17', '2025-06-18', '2025-06-18',
    ]);
    const first = items().find((li) => li.textContent!.includes('Extrainsatt FSG'))!;
    expect(first.querySelector('time')!.getAttribute('dateTime')).toBe('2025-04-15');
    expect(within(first).getByText('Involverade: FSG, HSD, HR-strateg')).toBeTruthy();
    expect(within(first).getByText('Hela tavlan')).toBeTruthy();
    const decision = items().find((li) => li.textContent!.includes('HSN - beslut'))!;
    expect(within(decision).getByText('Kräver politiskt beslut')).toBeTruthy();
    expect(within(decision).getByText('Involverade: HSD, stabschef HSF')).toBeTruthy();
  });

  it('is reachable by keyboard so a wide strip can scroll, and passes axe', async () => {
    const { container } = renderInBoard(<TimelineStrip />, buildSeedBoard(hsfAtgarder));
    expect(screen.getByRole('list', { name: 'Tidsplan' }).tabIndex).toBe(0);
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('renders nothing without milestones, and follows a remote peer adding and moving one', () => {
    const { doc } = makeBoard();
    const peer = connectPeer(doc);
    const { container } = renderInBoard(<TimelineStrip />, doc);
    expect(container.textContent).toBe('');
    act(() => void addMilestone(peer, { id: 'beslut', date: '2025-06', title: 'Beslut i HSN', lane: 'political' }));
    expect(items().map((li) => li.querySelector('time')!.textContent)).toEqual(['juni 2025']);
    act(() => updateMilestone(peer, 'beslut', 'date', '2025-06-18'));
    expect(items()[0]!.querySelector('time')!.textContent).toBe('2025-06-18');
  });

  it('writes partial dates as words in both languages', () => {
    expect(['2025', '2025-04', '2025-04-15'].map((d) => formatPartialDate(d, 'sv'))).toEqual(['2025', 'april 2025', '2025-04-15']);
    expect(formatPartialDate('2025-04', 'en')).toBe('April 2025');
  });
});

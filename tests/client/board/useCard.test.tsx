// @vitest-environment jsdom
import '../actEnvironment.ts';
import { memo, type ReactNode } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { BoardProvider } from '../../../client/state/BoardContext.tsx';
import { useCard } from '../../../client/state/useCard.ts';
import { useCellCardIds } from '../../../client/state/useCellCardIds.ts';
import { createCard, editCardText, moveCard, updateCardField } from '../../../shared/ops/cards.ts';
import { connectPeer, makeBoard } from './boardFixture.ts';

afterEach(cleanup);

const renders = new Map<string, number>();
const count = (key: string) => renders.set(key, (renders.get(key) ?? 0) + 1);

const CardProbe = memo(function CardProbe({ id }: { id: string }) {
  count(id);
  const card = useCard(id);
  return <li>{card?.title}</li>;
});

const CellProbe = memo(function CellProbe({ column }: { column: string }) {
  count(`cell:${column}`);
  const ids = useCellCardIds(column, 'political');
  return <ul>{ids.map((id) => <CardProbe key={id} id={id} />)}</ul>;
});

function renderBoard(doc: Y.Doc, children: ReactNode) {
  return render(<BoardProvider doc={doc} origin={null}>{children}</BoardProvider>);
}

describe('useCard and useCellCardIds', () => {
  it('a remote change to card A re-renders A and neither card B nor the column', () => {
    renders.clear();
    const { doc, columns } = makeBoard();
    const column = columns[0]!;
    const a = createCard(doc, { column, title: 'Kort A', fields: { decisionLevel: 'political' } });
    const b = createCard(doc, { column, title: 'Kort B', fields: { decisionLevel: 'political' } });
    const remote = connectPeer(doc);
    renderBoard(doc, <CellProbe column={column} />);
    const before = { a: renders.get(a), b: renders.get(b), cell: renders.get(`cell:${column}`) };

    act(() => editCardText(remote, a, 'title', 6, 0, ' ändrat'));
    act(() => updateCardField(remote, a, 'effect', 500));

    expect(screen.getByText('Kort A ändrat')).toBeTruthy();
    expect(renders.get(a)).toBe(before.a! + 2);
    expect(renders.get(b)).toBe(before.b);
    expect(renders.get(`cell:${column}`)).toBe(before.cell);
  });

  it('a column re-renders when its membership or order changes', () => {
    renders.clear();
    const { doc, columns } = makeBoard();
    const column = columns[0]!;
    const a = createCard(doc, { column, title: 'A', fields: { decisionLevel: 'political' } });
    const b = createCard(doc, { column, title: 'B', fields: { decisionLevel: 'political' } });
    const remote = connectPeer(doc);
    const { container } = renderBoard(doc, <CellProbe column={column} />);
    const cellRenders = renders.get(`cell:${column}`)!;

    act(() => moveCard(remote, b, column, a));
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['B', 'A']);
    const bRenders = renders.get(b);
    act(() => moveCard(remote, a, columns[1]!));
    expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['B']);
    expect(renders.get(`cell:${column}`)).toBe(cellRenders + 2);
    // B itself did not change when only its neighbour left.
    expect(renders.get(b)).toBe(bRenders);
  });
});

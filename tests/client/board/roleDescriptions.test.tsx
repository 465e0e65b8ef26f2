// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

function board() {
  const { doc, columns } = makeBoard();
  createCard(doc, { column: columns[0]!, title: 'Hyrpersonal', fields: { decisionLevel: 'political' } });
  createCard(doc, { column: columns[1]!, title: 'Bemanning', fields: { decisionLevel: 'official' } });
  return doc;
}

/** The aria-roledescription of every element that has one, by handle kind. */
function roleDescriptions(container: HTMLElement) {
  const of = (selector: string) => [...container.querySelectorAll(selector)].map((el) => el.getAttribute('aria-roledescription'));
  return { cards: of('.card-handle'), columns: of('.column-handle'), all: of('[aria-roledescription]') };
}

describe('the drag handles say what they are in the UI language (aria-roledescription)', () => {
  it('the Swedish board calls its cards and columns flyttbart kort and flyttbar kolumn, never draggable or sortable', () => {
    const { container } = renderBoardView(board());
    const roles = roleDescriptions(container);
    expect(roles.cards).toEqual(['flyttbart kort', 'flyttbart kort']);
    expect(roles.columns.length).toBeGreaterThan(1);
    expect(new Set(roles.columns)).toEqual(new Set(['flyttbar kolumn']));
    expect(roles.all).not.toContain('draggable');
    expect(roles.all).not.toContain('sortable');
  });

  it('the English board has the English descriptions', () => {
    const { container } = renderBoardView(board(), { lng: 'en' });
    const roles = roleDescriptions(container);
    expect(new Set(roles.cards)).toEqual(new Set(['draggable card']));
    expect(new Set(roles.columns)).toEqual(new Set(['sortable column']));
  });
});

// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { makeBoard } from '../board/boardFixture.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';

afterEach(cleanup);

/** A measure with its editor open, and the effect, unit and new-name inputs of the dialog. */
async function editorOpen() {
  const { doc, columns } = makeBoard();
  const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political', effect: 100 } });
  const view = renderBoardView(doc);
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Öppna Åtgärd' }));
  const dialog = screen.getByRole('dialog', { name: 'Åtgärd' });
  return {
    doc,
    id,
    view,
    user,
    dialog,
    effect: within(dialog).getByLabelText('Ekonomisk effekt (tkr/år)') as HTMLInputElement,
    unit: within(dialog).getByLabelText('Verksamhet') as HTMLInputElement,
    name: within(dialog).getByLabelText('Namn på ansvarig') as HTMLInputElement,
    stored: () => readCard(doc, id),
  };
}

describe('the card editor keeps what was typed (KEEP1)', () => {
  it('[KEEP1] Escape writes the typed effect, unit and name before the dialog closes', async () => {
    const { user, effect, unit, name, stored } = await editorOpen();
    await user.clear(effect);
    await user.type(effect, '2 500');
    await user.click(unit);
    await user.type(unit, 'Kirurgi');
    await user.click(name);
    await user.type(name, 'Anna Berg');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored()).toMatchObject({ effect: 2500, unit: 'Kirurgi', responsible: ['Anna Berg'] });
  });

  it.each([0, 1])('[KEEP1] the dialog\'s close button %i (✕, Stäng) writes the draft too, without the field being left first', async (button) => {
    const { user, dialog, effect, stored } = await editorOpen();
    await user.clear(effect);
    await user.type(effect, '300');
    // A click that does not move focus, as a click can when the button is reached by a pointer that is not a mouse.
    fireEvent.click(within(dialog).getAllByRole('button', { name: 'Stäng' })[button]!);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(stored()?.effect).toBe(300);
  });

  it('[KEEP1] a draft the field cannot read keeps the dialog open with the error, and nothing is written', async () => {
    const { user, dialog, effect, stored } = await editorOpen();
    await user.clear(effect);
    await user.type(effect, 'mycket');
    await user.click(within(dialog).getByLabelText('Verksamhet'));
    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog', { name: 'Åtgärd' })).toBe(dialog);
    expect(effect.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText(/Ange ett tal i tkr per år/)).toBeTruthy();
    expect(document.activeElement).toBe(effect);
    expect(screen.getByTestId('live-assertive').textContent).toMatch(/^Ett fält har ett värde som inte kan sparas/);
    expect(stored()?.effect).toBe(100);
  });

  it('[KEEP1] a draft is written when the board goes away under it (navigation) and when the page is hidden', async () => {
    const first = await editorOpen();
    await first.user.clear(first.effect);
    await first.user.type(first.effect, '700');
    first.view.unmount();
    expect(first.stored()?.effect).toBe(700);

    cleanup();
    const second = await editorOpen();
    await second.user.click(second.unit);
    await second.user.type(second.unit, 'Ortopedi');
    window.dispatchEvent(new Event('pagehide'));
    expect(second.stored()?.unit).toBe('Ortopedi');
  });
});

// @vitest-environment jsdom
import '../actEnvironment.ts';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createCard, editCardText } from '../../../shared/ops/cards.ts';
import { readCard } from '../../../shared/read/readCard.ts';
import { readReports } from '../../../shared/read/readReports.ts';
import { addReport, editReportText, setReportReady } from '../../../shared/ops/reports.ts';
import { getMeta } from '../../../shared/doc.ts';
import { connectPeer, makeBoard } from './boardFixture.ts';
import { renderBoardView } from './renderBoardView.tsx';

afterEach(cleanup);

async function openEditor(title: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: `Öppna ${title}` }));
  return { user, dialog: screen.getByRole('dialog', { name: title }) };
}

describe('CardEditor', () => {
  it('offers every field of a measure with a fitting, labelled input', async () => {
    const { doc, columns } = makeBoard();
    createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political' } });
    renderBoardView(doc);
    const { dialog } = await openEditor('Åtgärd');
    for (const label of ['Titel', 'Verksamhet', 'Personalkategori', 'Ekonomisk effekt (tkr/år)', 'Beslutsnivå', 'Beslutsinstans', 'Beslutsdatum', 'Status', 'Kommentar', 'Namn på ansvarig']) {
      expect(within(dialog).getByLabelText(label)).toBeTruthy();
    }
    expect((within(dialog).getByLabelText('Beslutsdatum') as HTMLInputElement).type).toBe('date');
    expect(within(dialog).getByRole('combobox', { name: 'Status' }).textContent).toContain('Gul');
  });

  it('writes an effect typed the Swedish way and refuses text that is not a number', async () => {
    const { doc, columns } = makeBoard();
    const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political' } });
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Åtgärd');
    const effect = within(dialog).getByLabelText('Ekonomisk effekt (tkr/år)');

    await user.type(effect, '1 500,5');
    await user.tab();
    expect(readCard(doc, id)?.effect).toBe(1500.5);

    await user.clear(effect);
    await user.type(effect, 'mycket');
    await user.tab();
    expect(within(dialog).getByText(/Ange ett tal i tkr per år/)).toBeTruthy();
    expect(effect.getAttribute('aria-invalid')).toBe('true');
    expect(readCard(doc, id)?.effect).toBe(1500.5);

    await user.clear(effect);
    await user.tab();
    expect(readCard(doc, id)?.effect).toBeUndefined();
  });

  /** A card of effect 157 000 with its editor open in `lng`; `retype` replaces the effect and leaves the field. */
  async function editEffect(lng: 'sv' | 'en') {
    const { doc, columns } = makeBoard();
    const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political', effect: 157000 } });
    renderBoardView(doc, { lng });
    const user = userEvent.setup();
    const [open, label] = lng === 'sv' ? ['Öppna Åtgärd', 'Ekonomisk effekt (tkr/år)'] : ['Open Åtgärd', 'Financial effect (kSEK/yr)'];
    await user.click(screen.getByRole('button', { name: open }));
    const effect = within(screen.getByRole('dialog', { name: 'Åtgärd' })).getByLabelText(label) as HTMLInputElement;
    const retype = async (text: string) => {
      await user.clear(effect);
      await user.type(effect, text);
      await user.tab();
    };
    return { effect, retype, stored: () => readCard(doc, id)?.effect };
  }

  it('reads back the effect as the field shows it in English, and refuses a number that reads two ways', async () => {
    const { effect, retype, stored } = await editEffect('en');
    expect(effect.value).toBe('157,000');
    await retype('158,000');
    expect([stored(), effect.value]).toEqual([158000, '158,000']);

    await retype('1.500');
    expect(screen.getByText(/The number can be read two ways/)).toBeTruthy();
    expect(effect.getAttribute('aria-invalid')).toBe('true');
    expect(stored()).toBe(158000);
  });

  it('reads "." as thousands in Swedish and refuses "1,500" rather than guess', async () => {
    const { effect, retype, stored } = await editEffect('sv');
    expect(effect.value).toBe('157\u00a0000');
    await retype('1.500');
    expect(stored()).toBe(1500);

    await retype('1,500');
    expect(screen.getByText(/Talet kan läsas på två sätt/)).toBeTruthy();
    expect(stored()).toBe(1500);
  });

  it('sets selects, dates and the list of responsible people', async () => {
    const { doc, columns } = makeBoard();
    const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political' } });
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Åtgärd');

    await user.selectOptions(within(dialog).getByLabelText('Status'), 'red');
    await user.type(within(dialog).getByLabelText('Beslutsdatum'), '2025-06-18');
    await user.type(within(dialog).getByLabelText('Namn på ansvarig'), 'Anna Berg{Enter}');
    await user.type(within(dialog).getByLabelText('Namn på ansvarig'), 'Omar Ali{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort Anna Berg' }));

    const card = readCard(doc, id)!;
    expect(card.status).toBe('red');
    expect(card.decisionDate).toBe('2025-06-18');
    expect(card.responsible).toEqual(['Omar Ali']);
  });

  it('keeps the caret where the user types while someone else edits the same comment', async () => {
    const { doc, columns } = makeBoard();
    const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political' }, texts: { comment: 'Hej' } });
    const remote = connectPeer(doc);
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Åtgärd');
    const comment = within(dialog).getByLabelText('Kommentar') as HTMLTextAreaElement;

    await user.click(comment);
    comment.setSelectionRange(3, 3);
    await user.keyboard(' då');
    act(() => editCardText(remote, id, 'comment', 0, 0, 'Ja. '));
    expect(comment.value).toBe('Ja. Hej då');
    expect([comment.selectionStart, comment.selectionEnd]).toEqual([10, 10]);

    await user.keyboard('!');
    act(() => editCardText(remote, id, 'comment', 11, 0, ' (Eva)'));
    expect(comment.value).toBe('Ja. Hej då! (Eva)');
    expect(comment.selectionStart).toBe(11);
    expect(readCard(remote, id)?.comment).toBe('Ja. Hej då! (Eva)');
  });

  it('archives a card from the editor and takes it off the board', async () => {
    const { doc, columns } = makeBoard();
    const id = createCard(doc, { column: columns[0]!, title: 'Åtgärd', fields: { decisionLevel: 'political' } });
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Åtgärd');
    await user.click(within(dialog).getByRole('button', { name: /Arkivera kortet/ }));
    expect(readCard(doc, id)?.archived).toBe(true);
    expect(within(dialog).getByText('Kortet är arkiverat.')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('article', { name: 'Åtgärd' })).toBeNull();
  });
});

describe('the assignment editor', () => {
  it('edits who gave the assignment (givenBy), the lane field of assignment boards that lane by it', async () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments', laneField: 'givenBy' });
    const id = createCard(doc, { column: columns[0]!, title: 'Uppdrag 1', fields: { givenBy: 'Från fullmäktige' } });
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Uppdrag 1');
    const givenBy = within(dialog).getByLabelText('Givet av') as HTMLInputElement;
    expect(givenBy.value).toBe('Från fullmäktige');
    await user.clear(givenBy);
    await user.type(givenBy, 'Från nämnd till beredning{Enter}');
    expect(readCard(doc, id)?.givenBy).toBe('Från nämnd till beredning');
  });
});

describe('monthly reports of an assignment', () => {
  it('adds next month prefilled from the latest, and shows remote typing in a report', async () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    const id = createCard(doc, { column: columns[0]!, title: 'Uppdrag 1' });
    addReport(doc, id, '2025-05', { lastMonth: 'Kartlagt', nextMonth: 'Remiss', comments: 'Inga', risks: 'Bemanning' });
    const remote = connectPeer(doc);
    renderBoardView(doc);
    expect(within(screen.getByRole('article', { name: 'Uppdrag 1' })).getByText('Senaste rapport: maj 2025')).toBeTruthy();
    const { user, dialog } = await openEditor('Uppdrag 1');

    await user.click(within(dialog).getByRole('button', { name: 'Lägg till juni 2025' }));
    const june = readReports(doc, id).find((r) => r.month === '2025-06');
    // RC3, as openMonth does: all four boxes copied from the latest earlier report, not ready.
    expect(june).toEqual({ month: '2025-06', lastMonth: 'Kartlagt', nextMonth: 'Remiss', comments: 'Inga', risks: 'Bemanning', ready: false });

    const report = within(dialog).getByRole('group', { name: 'Rapport juni 2025' });
    act(() => editReportText(remote, id, '2025-06', 'nextMonth', 0, 0, 'Beslut i HSN. '));
    expect((within(report).getByLabelText('Planerat nästa månad') as HTMLTextAreaElement).value).toBe('Beslut i HSN. Remiss');
    await user.click(within(report).getByLabelText('Klar för rapportering'));
    expect(readReports(doc, id).find((r) => r.month === '2025-06')?.ready).toBe(true);
  });

  it('follows a peer marking a report ready, which the card snapshot does not show', async () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    const id = createCard(doc, { column: columns[0]!, title: 'Uppdrag 1' });
    addReport(doc, id, '2025-05', { lastMonth: 'Kartlagt' });
    const remote = connectPeer(doc);
    renderBoardView(doc);
    const { dialog } = await openEditor('Uppdrag 1');
    const ready = within(dialog).getByLabelText('Klar för rapportering') as HTMLInputElement;
    expect(ready.checked).toBe(false);
    act(() => setReportReady(remote, id, '2025-05', true));
    expect(ready.checked).toBe(true);
  });

  it('adds the board\'s opened month to an assignment without reports, prefilled as openMonth would', async () => {
    const { doc, columns } = makeBoard({ title: 'Uppdrag', kind: 'assignments' });
    const id = createCard(doc, { column: columns[0]!, title: 'Nytt uppdrag' });
    getMeta(doc).set('currentMonth', '2025-05');
    renderBoardView(doc);
    const { user, dialog } = await openEditor('Nytt uppdrag');
    await user.click(within(dialog).getByRole('button', { name: 'Lägg till maj 2025' }));
    expect(readReports(doc, id)).toEqual([{ month: '2025-05', lastMonth: '', nextMonth: '', comments: '', risks: '', ready: false }]);
    expect(within(dialog).getByRole('button', { name: 'Lägg till juni 2025' })).toBeTruthy();
  });
});

// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { getCardsMap } from '../../../shared/doc.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { editAccessFor } from '../../../client/auth/editAccess.ts';
import { makeBoard } from '../board/boardFixture.ts';
import { renderBoardView } from '../board/renderBoardView.tsx';

afterEach(cleanup);

const chief = editAccessFor({ role: 'unitChief', scope: ['kirurgi'] }, 'Anna Sundén');
function board(): Y.Doc {
  const { doc, columns } = makeBoard({ title: 'Åtgärder', kind: 'measures', target: 10_000 });
  createCard(doc, { id: 'egen', column: columns[0]!, title: 'Kirurgins kort', fields: { unit: 'Kirurgi', decisionLevel: 'political' } });
  createCard(doc, { id: 'ansvar', column: columns[0]!, title: 'Annas kort', fields: { unit: 'Medicin', decisionLevel: 'political', responsible: ['Anna Sundén'] } });
  return doc;
}
const unitOf = (doc: Y.Doc, id: string) => getCardsMap(doc).get(id)!.get('unit');

async function openEditor(title: string) {
  const user = userEvent.setup();
  await user.click(within(screen.getByRole('article', { name: title })).getByRole('button', { name: `Öppna ${title}` }));
  return { user, dialog: screen.getByRole('dialog') };
}

describe('the card editor offers a unit chief’s scope fields only as the server takes them (LIM6)', () => {
  it('[LIM6] on a card that is theirs only as responsible, unit and responsible are locked with why; its other fields stay open', async () => {
    renderBoardView(board(), { access: chief });
    const { dialog } = await openEditor('Annas kort');
    const unit = within(dialog).getByRole('textbox', { name: 'Verksamhet' });
    expect(unit.matches(':disabled')).toBe(true);
    expect(within(dialog).getAllByText('Kortet är ditt som ansvarig, inte genom din verksamhet, så det här fältet kan du inte ändra.').length).toBeGreaterThanOrEqual(2);
    expect(within(dialog).getByRole('textbox', { name: 'Ekonomisk effekt (tkr/år)' }).matches(':disabled')).toBe(false);
  });

  it('[LIM6] moving their own card to another unit is refused in the field, with why, and nothing is written', async () => {
    const doc = board();
    renderBoardView(doc, { access: chief });
    const { user, dialog } = await openEditor('Kirurgins kort');
    const unit = within(dialog).getByRole('textbox', { name: 'Verksamhet' });
    await user.clear(unit);
    await user.type(unit, 'Ortopedi{Enter}');
    expect(await within(dialog).findByText('Du kan bara ange dina egna verksamheter här; kortet får inte lämna dem.')).toBeTruthy();
    expect(unitOf(doc, 'egen')).toBe('Kirurgi');

    await user.clear(unit);
    await user.type(unit, 'KIRURGI{Enter}');
    expect(unitOf(doc, 'egen')).toBe('KIRURGI');
  });
});

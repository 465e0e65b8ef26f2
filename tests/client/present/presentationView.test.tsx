// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardWordingProvider } from '../../../client/components/cards/CardWording.tsx';
import { PresentationView } from '../../../client/components/present/PresentationView.tsx';
import { buildSeedBoard } from '../../../seeds/buildSeedBoards.ts';
import { hsfAtgarder } from '../../../seeds/data/hsfAtgarder.ts';
import { hsfFmUppdrag2025 } from '../../../seeds/data/hsfFmUppdrag2025.ts';
import { renderInBoard } from '../panels/renderInBoard.tsx';

afterEach(cleanup);

const NBSP = '\u00a0';
const tkr = (n: string) => `${n.replace(/ /g, NBSP)}${NBSP}tkr`;

function present(seed: Parameters<typeof buildSeedBoard>[0], cardId?: string, lng: 'sv' | 'en' = 'sv') {
  return renderInBoard(
    <CardWordingProvider>
      <PresentationView cardId={cardId} />
    </CardWordingProvider>,
    buildSeedBoard(seed),
    { lng },
  );
}

describe('the presentation view (PresentationView)', () => {
  it('[FOL6] shows every card of the measures board with title, unit, effect and responsible, and the total against the target', () => {
    present(hsfAtgarder);
    const faces = screen.getAllByRole('article');
    expect(faces).toHaveLength(17);
    for (const seed of hsfAtgarder.cards) {
      const face = screen.getByRole('article', { name: seed.title });
      const detail = (name: string) => face.querySelector(`[data-detail="${name}"] dd`)?.textContent;
      expect(within(face).getByRole('heading', { name: seed.title })).toBeTruthy();
      expect(detail('where')).toBe(seed.unit);
      expect(detail('effect')).toBe(seed.effect === undefined ? 'Effekt okänd' : tkr(seed.effect.toLocaleString('sv-SE')));
      expect(detail('responsible')).toBe(seed.responsible?.length ? seed.responsible.join(', ') : undefined);
    }
    const sum = hsfAtgarder.cards.reduce((total, card) => total + (card.effect ?? 0), 0);
    expect(screen.getByTestId('presentation-total').textContent).toBe(`17 kort · ${tkr(sum.toLocaleString('sv-SE'))} av målet ${tkr('213 000')} (1 okänd)`);
    // Both lanes with their counts, the four stages as columns.
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Beredning och riskbedömning',
      'Samverkan inför beslut i FSG',
      'Beslut i HSN eller av HSD',
      'Verkställa beslut',
      expect.stringMatching(/^Kräver politiskt beslut7 kort · /),
      expect.stringMatching(/^Beslutas på tjänstemannanivå10 kort · /),
    ]);
  });

  it('[FOL6] is read-only: no button, link or field anywhere, and no card is shown large without a card in the view', () => {
    const { container } = present(hsfAtgarder);
    expect(container.querySelectorAll('button, a, input, select, textarea, [tabindex]')).toHaveLength(0);
    expect(screen.queryByTestId('presented-card')).toBeNull();
  });

  it('[FOL5] shows the facilitator’s measure large: its place, unit, effect, responsible and comment', () => {
    present(hsfAtgarder, 'primarvardsjour');
    const card = screen.getByTestId('presented-card');
    expect(within(card).getByRole('heading', { name: 'Primärvårdsjour' })).toBeTruthy();
    expect(within(card).getByText('Beredning och riskbedömning · Kräver politiskt beslut')).toBeTruthy();
    const fields = Object.fromEntries([...card.querySelectorAll('.presented-card-field')].map((f) => [f.querySelector('dt')!.textContent, f.querySelector('dd')!.textContent]));
    expect(fields).toMatchObject({
      Verksamhet: 'Närsjukvård Umeå',
      'Ekonomisk effekt (tkr/år)': tkr('5 000'),
      Ansvariga: 'Christer Vilhelmsson, Anna Sundén',
      Kommentar: expect.stringContaining('Beredning, riskbedömning inför beslut i HSN i juni.'),
    });
  });

  it('[FOL5] shows an assignment large with who it is directed to, its status in words and its report of the month', () => {
    present(hsfFmUppdrag2025, 'personalkostnad-hsn');
    const card = screen.getByTestId('presented-card');
    expect(within(card).getByRole('heading', { name: 'Minska personalkostnaden HSN' })).toBeTruthy();
    expect(within(card).getByText('HSN')).toBeTruthy();
    expect(within(card).getAllByText('Pågår').length).toBeGreaterThan(0);
    const report = within(card).getByRole('region', { name: 'Rapport mars 2025' });
    expect(within(report).getByText(/Förvaltningen har arbetat fram åtgärdsförslag/)).toBeTruthy();
    expect(within(report).getByText('Risker')).toBeTruthy();
  });

  it('[FOL5] a card the board does not have (or an archived one) is not shown large', () => {
    present(hsfAtgarder, 'no-such-card');
    expect(screen.queryByTestId('presented-card')).toBeNull();
  });

  it('[FOL6] speaks the UI’s language', () => {
    present(hsfAtgarder, undefined, 'en');
    expect(screen.getByTestId('presentation-total').textContent).toMatch(/^17 cards · /);
    expect(screen.getAllByText('Effect unknown')).toHaveLength(1);
  });
});

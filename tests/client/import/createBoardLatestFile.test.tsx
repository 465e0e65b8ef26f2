// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateBoardForm } from '../../../client/components/start/CreateBoardForm.tsx';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);

/**
 * A real file whose second read (the kind's guess, after the import's own read) waits until
 * `release`: so an earlier file's guess can be made to answer after a later file's, as a large
 * XLSX's would after a small CSV's.
 */
class HeldFile extends File {
  private reads = 0;
  release = (): void => {};
  private readonly gate = new Promise<void>((resolve) => (this.release = resolve));
  override async arrayBuffer(): Promise<ArrayBuffer> {
    if (this.reads++ > 0) await this.gate;
    return super.arrayBuffer();
  }
}

const fileField = () => screen.getByLabelText(/Från fil/);
const kindField = () => screen.getByLabelText('Typ') as HTMLSelectElement;

describe('a new board from a file chosen twice (IMP11, IMP13)', () => {
  it('[IMP13] [IMP11] the latest file chosen wins: the first file’s guess, answering last, changes neither the kind nor the note', async () => {
    renderWithI18n(<CreateBoardForm onCreate={vi.fn(async () => {})} />);
    const first = new HeldFile(['\ufeffUppdrag;Riktas till;Analys\r\nEtt;Två;Tre\r\n'], 'uppdrag.csv', { type: 'text/csv' });
    fireEvent.change(fileField(), { target: { files: [first] } });
    await vi.waitFor(() => expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('uppdrag'));
    const second = new File(['\ufeffÅtgärd;Ekonomisk effekt tkr/år;Verksamhet\r\nEn;1;Två\r\n'], 'atgarder.csv', { type: 'text/csv' });
    fireEvent.change(fileField(), { target: { files: [second] } });
    await screen.findByText(/vald efter filens kolumner: Åtgärder/);
    expect(kindField().value).toBe('measures');
    first.release();
    // The first file's guess (assignments) has answered; nothing of it shows.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(kindField().value).toBe('measures');
    expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('atgarder');
    screen.getByText(/vald efter filens kolumner: Åtgärder/);
  });

  it('[IMP13] [IMP11] a file’s name longer than the title’s 200 characters is cut to them', async () => {
    renderWithI18n(<CreateBoardForm onCreate={vi.fn(async () => {})} />);
    const name = `${'Å'.repeat(199)}😀${'x'.repeat(40)}.csv`;
    fireEvent.change(fileField(), { target: { files: [new File(['Titel\r\nEtt\r\n'], name, { type: 'text/csv' })] } });
    // 199 characters and the emoji would be 201 code units: the emoji is dropped whole, never halved.
    await vi.waitFor(() => expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Å'.repeat(199)));
  });
});

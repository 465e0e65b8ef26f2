// @vitest-environment jsdom
import '../actEnvironment.ts';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CreateBoardForm } from '../../../client/components/start/CreateBoardForm.tsx';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/importTable.ts';
import { renderWithI18n } from '../app/renderWithI18n.tsx';

afterEach(cleanup);

describe('a new board from a file past the import’s cap (IMP8, IMP11, IMP12)', () => {
  it('[IMP11] [IMP12] the form names the cap at once and makes the board without the file', async () => {
    const onCreate = vi.fn(async () => {});
    renderWithI18n(<CreateBoardForm onCreate={onCreate} />);
    const big = new File([new Uint8Array(MAX_IMPORT_FILE_BYTES + 1)], 'stor.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText(/Från fil/), { target: { files: [big] } });
    await screen.findByText('Filen är för stor: högst 700 kB.');
    fireEvent.change(screen.getByLabelText('Titel'), { target: { value: 'Ny tavla' } });
    fireEvent.submit(screen.getByRole('form'));
    await vi.waitFor(() => expect(onCreate).toHaveBeenCalledWith(expect.objectContaining({ title: 'Ny tavla' }), undefined));
  });
});

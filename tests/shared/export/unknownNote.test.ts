import { describe, expect, it } from 'vitest';
import { withUnknownNote } from '../../../shared/export/unknownNote.ts';

describe('withUnknownNote (EXP7, PPT3, PRT2)', () => {
  it('[EXP7][PPT3][PRT2] the board’s short form, one and many, Swedish and English; the sum alone when none is unknown', () => {
    expect(withUnknownNote('Summa', 0, 'sv')).toBe('Summa');
    expect(withUnknownNote('Summa', 1, 'sv')).toBe('Summa (1 okänd)');
    expect(withUnknownNote('Summa', 2, 'sv')).toBe('Summa (2 okända)');
    expect(withUnknownNote('Total', 2, 'en')).toBe('Total (2 unknown)');
  });
});

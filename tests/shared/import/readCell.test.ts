import { describe, expect, it } from 'vitest';
import { EXPORT_COLUMNS } from '../../../shared/export/exportColumns.ts';
import { parseNumber, readCell } from '../../../shared/import/readCell.ts';

const effect = EXPORT_COLUMNS.measures.find((column) => column.type === 'kSek')!;

describe('readCell: numbers as Swedes and English speakers write them, never guessed (IMP3)', () => {
  it.each([
    ['15000', 15_000],
    ['-15000', -15_000],
    ['15 000', 15_000],
    ['1 500 000', 1_500_000],
    ['15\u00a0000', 15_000],
    ['15\u202f000', 15_000],
    ['−1 500,5', -1_500.5],
    ['1 500.5', 1_500.5],
    ['1.500.000', 1_500_000],
    ['1.500,5', 1_500.5],
    ['1,500,000', 1_500_000],
    ['1,500.5', 1_500.5],
    ['1500,5', 1_500.5],
    ['1500.5', 1_500.5],
    ['1,5', 1.5],
    ['1.5', 1.5],
    ['1,50', 1.5],
    ['0,125', 0.125],
    ['0.500', 0.5],
    ['  21 000 ', 21_000],
  ])('[IMP3] "%s" is %d in a file of either language', (text, value) => {
    expect(parseNumber(text)).toEqual({ ok: true, value });
    expect(parseNumber(text, ',')).toEqual({ ok: true, value });
    expect(parseNumber(text, '.')).toEqual({ ok: true, value });
  });

  it.each([
    ['1.500', 1_500, 1.5],
    ['1,500', 1.5, 1_500],
    ['15.000', 15_000, 15],
    ['-150,000', -150, -150_000],
  ])('[IMP3] "%s" reads two ways: %d where "," is decimal, %d where "." is, and is refused ambiguous_number where the file does not say', (text, swedish, english) => {
    expect(parseNumber(text, ',')).toEqual({ ok: true, value: swedish });
    expect(parseNumber(text, '.')).toEqual({ ok: true, value: english });
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'ambiguous_number' });
    expect(readCell(effect, text)).toEqual({ ok: false, reason: 'ambiguous_number' });
    expect(readCell(effect, text, ',')).toEqual({ ok: true, value: swedish });
  });

  it.each(['15 000 kr', 'abc', '1 50', '1.5.0', '1,500,00', '1 500.000,5', '1.500 000', '12,34,567', '1,,5', ',5', '1e3', '0x10', '--1', ''])('[IMP3] "%s" is not a number', (text) => {
    expect(parseNumber(text)).toEqual({ ok: false, reason: 'not_a_number' });
  });

  it('[IMP3] a number cell is its number; an empty cell clears the field', () => {
    expect(readCell(effect, 1_500.5)).toEqual({ ok: true, value: 1_500.5 });
    expect(readCell(effect, '1 500,5')).toEqual({ ok: true, value: 1_500.5 });
    expect(readCell(effect, '15 000 kr')).toEqual({ ok: false, reason: 'not_a_number' });
    expect(readCell(effect, '  ')).toEqual({ ok: true, value: undefined });
  });
});

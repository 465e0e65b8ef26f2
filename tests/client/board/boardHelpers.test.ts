import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseEffect } from '../../../client/components/cards/parseEffect.ts';
import { formatNumber } from '../../../client/i18n/format.ts';
import { parseWipLimit } from '../../../client/components/columns/ColumnSettingsDialog.tsx';
import { lanesOf, layoutCells } from '../../../client/state/boardLayout.ts';
import { NO_FILTER, filterPredicate } from '../../../client/state/cardFilter.ts';
import { nextReportMonth } from '../../../client/state/nextReportMonth.ts';
import { diffSpan, mapCaret } from '../../../client/state/useYTextInput.ts';
import { sameSnapshot } from '../../../client/state/sameSnapshot.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readBoard } from '../../../shared/read/readBoard.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { cellKey } from '../../../shared/sums.ts';
import { makeBoard } from './boardFixture.ts';

describe('parseEffect', () => {
  const value = (input: string, lang: 'sv' | 'en') => {
    const reading = parseEffect(input, lang);
    return reading.ok ? reading.value : reading.reason;
  };
  it.each([0, 1.5, 158, 1500.5, 157000, 158000, 213000, 1234567, -200, -0.5, 10_000_000])('reads back %d as the field shows it, in both languages', (n) => {
    expect(value(formatNumber(n, 'sv'), 'sv')).toBe(n);
    expect(value(formatNumber(n, 'en'), 'en')).toBe(n);
  });
  it.each([
    ['157 000', 157000], ['157\u00a0000', 157000], ['157\u202f000', 157000], ['1.500', 1500], ['1.500.000', 1500000], ['1 500,5', 1500.5], ['1.500,5', 1500.5],
    ['0,125', 0.125], ['1500,500', 1500.5], ['−200', -200], ['-200 tkr', -200], ['0', 0], ['-0', 0],
  ])('reads Swedish %j as %d', (input, expected) => expect(value(input, 'sv')).toBe(expected));
  it.each([
    ['158,000', 158000], ['1,500.5', 1500.5], ['157 000', 157000], ['1.5', 1.5], ['0.125', 0.125], ['-200 kSEK', -200],
  ])('reads English %j as %d', (input, expected) => expect(value(input, 'en')).toBe(expected));
  it.each([
    ['sv', '1,500'], ['sv', '-158,000'], ['sv', '1.5'], ['sv', '1,500.5'], ['sv', '157 000.5'],
    ['en', '1.500'], ['en', '158.000'], ['en', '1,5'], ['en', '1.500,5'],
  ] as const)('refuses %s %j as ambiguous rather than guess', (lang, input) => expect(value(input, lang)).toBe('ambiguous'));
  it('reads empty as unknown and words or broken grouping as invalid', () => {
    expect(value('  ', 'sv')).toBeUndefined();
    expect(value('mycket', 'sv')).toBe('invalid');
    expect(value('1,2,3', 'sv')).toBe('invalid');
    expect(value('1 50', 'en')).toBe('invalid');
    expect(value('1 500 00', 'sv')).toBe('invalid');
  });
});

describe('parseWipLimit', () => {
  it('takes whole numbers from 1, empty as no limit, refuses the rest', () => {
    expect(parseWipLimit(' 5 ')).toBe(5);
    expect(parseWipLimit('')).toBeUndefined();
    expect([parseWipLimit('0'), parseWipLimit('2.5'), parseWipLimit('fem')]).toEqual([null, null, null]);
  });
});

describe('nextReportMonth', () => {
  const report = (month: string) => ({ month, lastMonth: '', nextMonth: '', comments: '', risks: '', ready: true });
  it('follows the latest month the card has a report for', () => {
    expect(nextReportMonth([report('2025-11'), report('2025-12')], '2025-06', new Date(2026, 2, 1))).toBe('2026-01');
  });
  it('without reports, starts at the board\'s current month, else the calendar month', () => {
    expect(nextReportMonth([], '2025-05', new Date(2025, 5, 18))).toBe('2025-05');
    expect(nextReportMonth([], undefined, new Date(2025, 5, 18))).toBe('2025-06');
  });
});

describe('filterPredicate', () => {
  const card = (fields: Partial<Card>): Card => ({ id: 'x', column: 'c', order: 'a0', archived: false, title: 'Hyrpersonal', ...fields });
  it('is undefined with no filter, so totals can say they are unfiltered', () => {
    expect(filterPredicate(NO_FILTER)).toBeUndefined();
    expect(filterPredicate({ ...NO_FILTER, text: '   ' })).toBeUndefined();
  });
  it('matches text in title, prose and names case-insensitively, and each select exactly', () => {
    const match = filterPredicate({ ...NO_FILTER, text: 'ÅSA' })!;
    expect(match(card({ responsible: ['Åsa Lind'] }))).toBe(true);
    expect(match(card({ comment: 'enligt åsa' }))).toBe(true);
    expect(match(card({}))).toBe(false);
    const status = filterPredicate({ ...NO_FILTER, status: 'red', unit: 'Kirurgi' })!;
    expect(status(card({ status: 'red', unit: 'Kirurgi' }))).toBe(true);
    expect(status(card({ status: 'red', unit: 'Medicin' }))).toBe(false);
  });
});

describe('board layout', () => {
  it('lists the enum lanes in schema order, then found values, then "no value"', () => {
    const { doc, columns } = makeBoard();
    createCard(doc, { column: columns[0]!, title: 'A' });
    expect(lanesOf(readBoard(doc))).toEqual(['political', 'official', '']);
    const general = makeBoard({ title: 'G', kind: 'general' });
    expect(lanesOf(readBoard(general.doc))).toEqual(['']);
  });
  it('puts live cards in their cells in board order, archived ones nowhere', () => {
    const { doc, columns } = makeBoard();
    const a = createCard(doc, { column: columns[0]!, title: 'A', fields: { decisionLevel: 'official' } });
    const b = createCard(doc, { column: columns[0]!, title: 'B', fields: { decisionLevel: 'official' }, beforeCardId: a });
    const cells = layoutCells(readBoard(doc));
    expect(cells.get(cellKey(columns[0]!, 'official'))).toEqual([b, a]);
    expect(layoutCells(readBoard(doc), (c) => c.title === 'A').get(cellKey(columns[0]!, 'official'))).toEqual([a]);
  });
});

describe('text binding helpers', () => {
  it('diffSpan finds the one changed span', () => {
    expect(diffSpan('Hej', 'Hej då')).toEqual({ start: 3, deleteCount: 0, insert: ' då' });
    expect(diffSpan('abcdef', 'abXef')).toEqual({ start: 2, deleteCount: 2, insert: 'X' });
  });
  it('mapCaret moves the caret through remote inserts and deletes before it only', () => {
    const text = new Y.Text();
    new Y.Doc().getMap('m').set('t', text);
    text.insert(0, 'abcdef');
    let delta: Parameters<typeof mapCaret>[1] = [];
    text.observe((event) => (delta = event.delta));
    text.insert(1, 'XY');
    expect([mapCaret(0, delta), mapCaret(1, delta), mapCaret(4, delta)]).toEqual([0, 1, 6]);
    text.delete(0, 4);
    expect([mapCaret(2, delta), mapCaret(6, delta)]).toEqual([0, 2]);
  });
});

describe('sameSnapshot', () => {
  it('compares values and arrays, not identity', () => {
    expect(sameSnapshot({ a: 1, r: ['x'] }, { a: 1, r: ['x'] })).toBe(true);
    expect(sameSnapshot({ a: 1, r: ['x'] }, { a: 1, r: ['y'] })).toBe(false);
    expect(sameSnapshot({ a: 1 }, { a: 1, b: undefined })).toBe(false);
  });
});

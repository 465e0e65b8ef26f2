import * as Y from 'yjs';
import { cardTextCap, MAX_CARDS, MAX_COLUMNS, MAX_MILESTONES, MAX_REPORT_TEXT_LENGTH, MAX_REPORTS_PER_CARD } from './limits.ts';
import type { SchemaIssue } from './validateCard.ts';
import { getCardsMap, getColumnsMap, getMilestonesMap } from '../doc.ts';

const overLimit = (path: string, what: string, limit: number): SchemaIssue => ({ path, code: 'over_limit', message: `${what} over the limit of ${limit}` });

function checkText(value: unknown, path: string, limit: number, issues: SchemaIssue[]): void {
  if (value instanceof Y.Text && value.length > limit) issues.push(overLimit(path, `${value.length} characters`, limit));
}

function checkReports(reports: Y.Map<unknown>, path: string, issues: SchemaIssue[]): void {
  if (reports.size > MAX_REPORTS_PER_CARD) issues.push(overLimit(path, `${reports.size} reports`, MAX_REPORTS_PER_CARD));
  reports.forEach((report, month) => {
    if (!(report instanceof Y.Map)) return;
    (report as Y.Map<unknown>).forEach((text, field) => checkText(text, `${path}.${month}.${field}`, MAX_REPORT_TEXT_LENGTH, issues));
  });
}

/** LIM1: the texts of one card (the title a line, other prose longer) and its reports (LIM2). */
function checkCard(card: Y.Map<unknown>, path: string, issues: SchemaIssue[]): void {
  card.forEach((value, key) => {
    if (key === 'reports' && value instanceof Y.Map) checkReports(value as Y.Map<unknown>, `${path}.reports`, issues);
    else checkText(value, `${path}.${key}`, cardTextCap(key), issues);
  });
}

function checkCount(map: { size: number }, before: { size: number } | undefined, path: string, limit: number, issues: SchemaIssue[]): void {
  const size = map.size;
  if (size > limit && (!before || size > before.size)) issues.push(overLimit(path, `${size} entries`, limit));
}

/** Narrows checkLimits to what an update touched. */
export interface LimitScope {
  /** Measure only these cards' texts and reports; all cards when absent. */
  cards?: Iterable<string>;
  /** The document before the update: a count is then refused only when it grew, so a board stored past a cap can still shrink. */
  before?: Y.Doc;
}

/**
 * The caps of shared/schema/limits.ts that the schema's value checks (VAL5) do not cover: the
 * length of every Y.Text (LIM1) and how many cards, columns, milestones and reports a board holds
 * (LIM2); [] when all hold. Only the listed cards' texts are measured (all when `cards` is absent),
 * so the server's gate pays for what an update touched. Texts that are not plain Y.Text are
 * validateDoc's to refuse (LIM4).
 */
export function checkLimits(doc: Y.Doc, scope: LimitScope = {}): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const { before } = scope;
  const cards = getCardsMap(doc);
  checkCount(cards, before && getCardsMap(before), 'cards', MAX_CARDS, issues);
  checkCount(getColumnsMap(doc), before && getColumnsMap(before), 'columns', MAX_COLUMNS, issues);
  checkCount(getMilestonesMap(doc), before && getMilestonesMap(before), 'milestones', MAX_MILESTONES, issues);
  const check = (card: unknown, id: string) => {
    if (card instanceof Y.Map) checkCard(card as Y.Map<unknown>, `cards.${id}`, issues);
  };
  if (!scope.cards) cards.forEach(check);
  else for (const id of scope.cards) check(cards.get(id), id);
  return issues;
}

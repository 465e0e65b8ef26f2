import * as Y from 'yjs';
import type { z } from 'zod';
import type { BoardKind } from './board.ts';
import { CARD_FIELDS, CARD_TEXT_FIELDS } from './card.ts';
import type { SchemaErrorCode } from './errors.ts';
import { REPORT_TEXT_FIELDS, reportFields } from './report.ts';
import { isPlainMap, isPlainText } from './plainTypes.ts';
import { isoMonth } from './values.ts';
import { isValidOrderKey } from '../order.ts';

/** One thing wrong with a document, at a dotted path such as `cards.<id>.effect`. */
export interface SchemaIssue {
  path: string;
  code: SchemaErrorCode;
  message: string;
}

/** Card keys whose value must be present once the document holds no pending update (ORD5). */
const REQUIRED = ['column', 'order', 'archived', 'title'] as const;

/**
 * Checks the values of a map: `texts` keys must be plain text in a Y.Text (LIM4), other keys must
 * be in `fields` and fit its schema; `checkedElsewhere` keys are left to the caller.
 */
export function checkValues(
  map: Y.Map<unknown>,
  fields: Record<string, z.ZodType>,
  texts: readonly string[],
  path: string,
  issues: SchemaIssue[],
  checkedElsewhere: readonly string[] = [],
): void {
  map.forEach((value, key) => {
    const at = `${path}.${key}`;
    if (checkedElsewhere.includes(key)) return;
    if (texts.includes(key)) {
      if (!isPlainText(value)) issues.push({ path: at, code: 'invalid_value', message: `"${key}" must be plain text in a Y.Text` });
    } else if (!Object.hasOwn(fields, key)) {
      issues.push({ path: at, code: 'unknown_field', message: `unknown field "${key}"` });
    } else if (!fields[key]!.safeParse(value).success) {
      issues.push({ path: at, code: 'invalid_value', message: `invalid value for "${key}"` });
    }
  });
}

function checkReports(reports: unknown, path: string, issues: SchemaIssue[]): void {
  if (!isPlainMap(reports)) {
    issues.push({ path, code: 'invalid_value', message: 'reports must be a Y.Map' });
    return;
  }
  reports.forEach((report, month) => {
    const at = `${path}.${month}`;
    if (!isoMonth.safeParse(month).success) issues.push({ path: at, code: 'invalid_month', message: `report key "${month}" is not YYYY-MM` });
    if (isPlainMap(report)) checkValues(report, reportFields, REPORT_TEXT_FIELDS, at, issues);
    else issues.push({ path: at, code: 'invalid_value', message: 'a report must be a Y.Map' });
  });
}

/**
 * Checks one card map for a board of `kind` (VAL5): known keys only, values of the right type,
 * prose as Y.Text, a valid order key. A column that no longer exists is allowed (COL5).
 */
export function validateCard(card: unknown, kind: BoardKind, path: string, settled: boolean, issues: SchemaIssue[]): void {
  if (!isPlainMap(card)) {
    issues.push({ path, code: 'invalid_value', message: 'a card must be a Y.Map' });
    return;
  }
  const map = card;
  if (kind === 'assignments' && map.has('reports')) checkReports(map.get('reports'), `${path}.reports`, issues);
  checkValues(map, CARD_FIELDS[kind], CARD_TEXT_FIELDS[kind], path, issues, kind === 'assignments' ? ['reports'] : []);
  const order = map.get('order');
  if (order !== undefined && !isValidOrderKey(order)) issues.push({ path: `${path}.order`, code: 'invalid_value', message: `"${String(order)}" is not an order key` });
  if (!settled) return;
  for (const key of REQUIRED) if (!map.has(key)) issues.push({ path: `${path}.${key}`, code: 'invalid_value', message: `"${key}" is missing` });
}

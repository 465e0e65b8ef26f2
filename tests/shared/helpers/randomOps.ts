import * as Y from 'yjs';
import { addColumn, moveColumn, removeColumn, renameColumn, setWipLimit } from '../../../shared/ops/columns.ts';
import { archiveCard, createCard, editCardText, moveCard, restoreCard, setCardText, updateCardField } from '../../../shared/ops/cards.ts';
import { addReport, editReportText, setReportReady } from '../../../shared/ops/reports.ts';
import { getCardsMap, getColumnsMap } from '../../../shared/doc.ts';
import { SchemaError } from '../../../shared/schema/errors.ts';
import { REPORT_TEXT_FIELDS } from '../../../shared/schema/report.ts';
import { columnResolver } from '../../../shared/read/columnResolver.ts';
import { readMeta } from '../../../shared/read/readMeta.ts';
import type { Rng } from './prng.ts';

const WORDS = ['vård', 'plan', 'HSN', 'effekt', 'risk', ' ', 'ä', '\n'];
const MONTHS = ['2025-01', '2025-02', '2025-03'];

/** Live card ids readers show in `column`, cheaply (no snapshots), unsorted. */
function liveCardsIn(doc: Y.Doc, column: string): string[] {
  const resolve = columnResolver(doc);
  const ids: string[] = [];
  getCardsMap(doc).forEach((map, id) => {
    if (map.get('archived') !== true && resolve(map.get('column')) === column) ids.push(id);
  });
  return ids;
}

/** A random value for a random scalar field of a measures or assignments card. */
function randomField(rng: Rng, kind: string): [string, unknown] {
  if (kind === 'assignments') {
    return rng.pick<[string, unknown]>([
      ['status', rng.pick(['notStarted', 'ongoing', 'done', 'doneWithDeviation', 'notDone'])],
      ['directedTo', rng.pick(['HSN', 'RS', undefined])],
      ['deadline', rng.pick(['2025-06-30', undefined])],
      ['responsible', [rng.pick(['Anna', 'Bo', 'Cia'])]],
    ]);
  }
  return rng.pick<[string, unknown]>([
    ['effect', rng.chance(0.2) ? undefined : rng.int(2000) - 200],
    ['decisionLevel', rng.pick(['political', 'official', undefined])],
    ['unit', rng.pick(['Medicin', 'Kirurgi', 'Psykiatri'])],
    ['status', rng.pick(['green', 'yellow', 'red', undefined])],
    ['responsible', rng.pick([['Anna'], ['Bo', 'Cia'], undefined])],
  ]);
}

/** Makes unique ids for one peer. */
export function idMaker(peer: number): () => string {
  let n = 0;
  return () => `p${peer}n${n++}`;
}

/**
 * Runs one random operation on `doc`, as a user of that peer might. Refusals (SchemaError)
 * are expected sometimes (e.g. removing a column that has cards) and must change nothing;
 * any other error is a bug and propagates. Returns the operation's name, or 'refused:<name>'.
 */
export function randomOp(doc: Y.Doc, rng: Rng, newId: () => string): string {
  const kind = readMeta(doc).kind;
  const columns = [...getColumnsMap(doc).keys()];
  const cards = [...getCardsMap(doc).keys()];
  const ops: Record<string, () => void> = {
    createCard: () => {
      const column = rng.pick(columns);
      const siblings = liveCardsIn(doc, column);
      const [field, value] = randomField(rng, kind);
      const beforeCardId = siblings.length > 0 && rng.chance(0.5) ? rng.pick(siblings) : undefined;
      createCard(doc, { id: newId(), column, title: rng.pick(WORDS), beforeCardId, fields: { [field]: value } });
    },
    moveCard: () => {
      const column = rng.pick(columns);
      const siblings = liveCardsIn(doc, column);
      moveCard(doc, rng.pick(cards), column, siblings.length > 0 && rng.chance(0.7) ? rng.pick(siblings) : undefined);
    },
    updateCardField: () => {
      const [field, value] = randomField(rng, kind);
      updateCardField(doc, rng.pick(cards), field, value);
    },
    invalidField: () => updateCardField(doc, rng.pick(cards), ...rng.pick<[string, unknown]>([['effect', '12'], ['status', 'purple'], ['nope', 1], ['responsible', 'Anna']])),
    editCardText: () => {
      const id = rng.pick(cards);
      const text = getCardsMap(doc).get(id)!.get('title') as Y.Text;
      const index = rng.int(text.length + 1);
      editCardText(doc, id, 'title', index, rng.int(Math.min(3, text.length - index) + 1), rng.pick(WORDS));
    },
    setCardText: () => setCardText(doc, rng.pick(cards), kind === 'assignments' ? 'analysis' : 'comment', rng.pick(WORDS) + rng.pick(WORDS)),
    archiveCard: () => archiveCard(doc, rng.pick(cards)),
    restoreCard: () => restoreCard(doc, rng.pick(cards)),
    addColumn: () => addColumn(doc, { id: newId(), title: rng.pick(WORDS).trim() || 'Ny', beforeColumnId: rng.chance(0.5) && columns.length > 0 ? rng.pick(columns) : undefined }),
    renameColumn: () => renameColumn(doc, rng.pick(columns), rng.pick(['Beslut', 'Pågår', 'Klar'])),
    setWipLimit: () => setWipLimit(doc, rng.pick(columns), rng.pick([undefined, 3, 10])),
    moveColumn: () => moveColumn(doc, rng.pick(columns), rng.chance(0.8) ? rng.pick(columns) : undefined),
    removeColumn: () => removeColumn(doc, rng.pick(columns), rng.chance(0.7) ? { moveCardsTo: rng.pick(columns) } : {}),
    addReport: () => addReport(doc, rng.pick(cards), rng.pick(MONTHS), { risks: rng.pick(WORDS) }),
    editReportText: () => editReportText(doc, rng.pick(cards), rng.pick(MONTHS), rng.pick(REPORT_TEXT_FIELDS), 0, 0, rng.pick(WORDS)),
    setReportReady: () => setReportReady(doc, rng.pick(cards), rng.pick(MONTHS), rng.chance(0.5)),
  };
  const weights: [string, number][] = [
    ['createCard', 5], ['moveCard', 20], ['updateCardField', 12], ['invalidField', 2], ['editCardText', 10], ['setCardText', 3],
    ['archiveCard', 4], ['restoreCard', 4], ['addColumn', 2], ['renameColumn', 2], ['setWipLimit', 2], ['moveColumn', 3], ['removeColumn', 2],
    ...(kind === 'assignments' ? ([['addReport', 4], ['editReportText', 6], ['setReportReady', 2]] as [string, number][]) : []),
  ];
  const possible = weights.filter(([name]) => (columns.length > 0 || name === 'addColumn') && (cards.length > 0 || !needsCard(name)));
  const total = possible.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.int(total);
  const [name] = possible.find(([, w]) => (roll -= w) < 0)!;
  const before = Y.encodeStateVector(doc);
  try {
    ops[name]!();
    if (name === 'invalidField') throw new Error('an invalid field value was accepted');
    return name;
  } catch (error) {
    if (!(error instanceof SchemaError)) throw error;
    if (!sameBytes(Y.encodeStateVector(doc), before)) throw new Error(`refused ${name} changed the document`);
    return `refused:${name}`;
  }
}

const needsCard = (name: string): boolean => !['createCard', 'addColumn', 'renameColumn', 'setWipLimit', 'moveColumn', 'removeColumn'].includes(name);

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && a.every((byte, i) => byte === b[i]);

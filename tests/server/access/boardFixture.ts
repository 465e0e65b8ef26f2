import * as Y from 'yjs';
import { initBoard } from '../../../shared/ops/board.ts';
import { createCard } from '../../../shared/ops/cards.ts';
import { readColumns } from '../../../shared/read/readColumns.ts';

/**
 * A measures board: `kir` in Kirurgi, `ort` in Ortopedi (a neighbour's), `psy` in Psykiatri with
 * Anna Sundén among the responsible. The unit chief of these tests is Anna, scope Kirurgi.
 */
export function measuresBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Åtgärder', kind: 'measures' });
  const column = readColumns(doc)[0]!.id;
  createCard(doc, { id: 'kir', column, title: 'Färre hyrläkare', fields: { unit: 'Kirurgi', effect: 20_000 }, texts: { comment: 'Start' } });
  createCard(doc, { id: 'ort', column, title: 'Samordna jourer', fields: { unit: 'Ortopedi', effect: 5_000 } });
  createCard(doc, { id: 'psy', column, title: 'Ny bemanning', fields: { unit: 'Psykiatri', responsible: ['Bo Ek', 'anna sundén '] } });
  return doc;
}

/** An assignments board whose card `upp` has Anna Sundén among the responsible. */
export function assignmentsBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoard(doc, { title: 'Uppdrag', kind: 'assignments' });
  const column = readColumns(doc)[0]!.id;
  createCard(doc, { id: 'upp', column, title: 'Uppdrag 1', fields: { responsible: ['Anna Sundén'] } });
  createCard(doc, { id: 'ann', column, title: 'Uppdrag 2', fields: { responsible: ['Bo Ek'] } });
  return doc;
}

/** The update a client holding a copy of `server` sends after `edit`: exactly what the edit changed. */
export function clientUpdate(server: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const before = Y.encodeStateVector(client);
  edit(client);
  const update = Y.encodeStateAsUpdate(client, before);
  client.destroy();
  return update;
}

export const ANNA = { displayName: 'Anna Sundén', scope: ['Kirurgi'] } as const;

import * as Y from 'yjs';
import { getCardsMap } from '../doc.ts';

/**
 * The live Y.Text of one prose field, for editor bindings in client hooks only: every other
 * reader takes snapshots. Undefined when the card or the text does not exist.
 */
export function cardText(doc: Y.Doc, cardId: string, field: string): Y.Text | undefined {
  const text = getCardsMap(doc).get(cardId)?.get(field);
  return text instanceof Y.Text ? text : undefined;
}

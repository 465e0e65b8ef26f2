import type * as Y from 'yjs';
import { getCardsMap } from '../../shared/doc.ts';
import { createCard, editCardText } from '../../shared/ops/cards.ts';
import { readColumns } from '../../shared/read/readColumns.ts';
import type { ProviderClient } from './serverProvider.ts';

/** The card whose comment every editor appends its tokens to, so that text is attacked as well as cards. */
export const LOG_CARD = 'log';

/** Text tokens `|<editor>.<n>` in a log text. */
export const tokensIn = (text: string): string[] => text.match(/\|\d+\.\d+/g) ?? [];

/** Everything a document holds that editors wrote: card ids and log tokens. */
export function writtenIn(doc: Y.Doc): { cards: Set<string>; tokens: Set<string> } {
  const log = getCardsMap(doc).get(LOG_CARD)?.get('comment') as Y.Text | undefined;
  return { cards: new Set(getCardsMap(doc).keys()), tokens: new Set(tokensIn(log?.toString() ?? '')) };
}

/**
 * One client editing a board: each `edit()` either creates a card `e<editor>n<k>` or appends the
 * token `|<editor>.<k>` to the log card's comment. `received` collects what the client got from
 * the server (remote transactions, origin = its provider) that another editor wrote: exactly what
 * must survive a crash of the server (SRV12).
 */
export class Editor {
  readonly received = { cards: new Set<string>(), tokens: new Set<string>() };
  private count = 0;

  constructor(
    readonly client: ProviderClient,
    readonly index: number,
  ) {
    const doc = client.doc;
    doc.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.origin !== client.provider) return;
      const { cards, tokens } = writtenIn(doc);
      for (const id of cards) if (id.startsWith('e') && !id.startsWith(`e${index}n`)) this.received.cards.add(id);
      for (const token of tokens) if (!token.startsWith(`|${index}.`)) this.received.tokens.add(token);
    });
  }

  /** One small edit, as a user typing or adding a card would make. */
  edit(): void {
    const doc = this.client.doc;
    const k = this.count++;
    if (k % 2 === 0) {
      createCard(doc, { id: `e${this.index}n${k}`, column: readColumns(doc)[0]!.id, title: `Kort ${k}` });
    } else {
      const text = getCardsMap(doc).get(LOG_CARD)?.get('comment') as Y.Text | undefined;
      editCardText(doc, LOG_CARD, 'comment', text?.length ?? 0, 0, `|${this.index}.${k}`);
    }
  }
}

/** Adds the log card to a synced board document (do it on one client and wait for the others to see it). */
export function addLogCard(doc: Y.Doc): void {
  createCard(doc, { id: LOG_CARD, column: readColumns(doc)[0]!.id, title: 'Logg' });
}

/** What `expected` holds that `actual` does not. */
export function missing(expected: { cards: Set<string>; tokens: Set<string> }, actual: { cards: Set<string>; tokens: Set<string> }): string[] {
  return [...[...expected.cards].filter((id) => !actual.cards.has(id)), ...[...expected.tokens].filter((token) => !actual.tokens.has(token))];
}

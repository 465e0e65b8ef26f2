import { useCallback, useMemo } from 'react';
import type * as Y from 'yjs';
import { getItemNotes, getItemTitle } from '../../shared/meeting/meetingDoc.ts';
import { setItemNotes, updateAgendaItem } from '../../shared/meeting/meetingOps.ts';
import { useYTextInput } from '../state/useYTextInput.ts';

/** The prose of an agenda item that several people may type in at once (MTG6). */
export type ItemTextField = 'title' | 'notes';

/**
 * Props for an input or textarea bound to an item's title or notes (Y.Text): typing goes in as
 * the changed span only, and remote typing shows without moving this user's caret, as in a card's
 * comment (useYTextInput). The op re-diffs the spliced text against the Y.Text, which touches the
 * same span, so two people typing in one note both keep their words (TXT2). `revision` is any
 * value that changes when the item does: the Y.Text is looked up again (an item made elsewhere).
 */
export function useItemTextInput<E extends HTMLInputElement | HTMLTextAreaElement>(
  doc: Y.Doc,
  origin: unknown,
  itemId: string,
  field: ItemTextField,
  revision: unknown,
  onRefused?: (error: unknown) => void,
) {
  const text = useMemo(() => (field === 'title' ? getItemTitle(doc, itemId) : getItemNotes(doc, itemId)), [doc, itemId, field, revision]);
  const edit = useCallback(
    (index: number, deleteCount: number, insert: string) => {
      const old = text?.toString() ?? '';
      const value = old.slice(0, index) + insert + old.slice(index + deleteCount);
      if (field === 'title') updateAgendaItem(doc, itemId, { title: value }, origin);
      else setItemNotes(doc, itemId, value, origin);
    },
    [doc, itemId, field, origin, text],
  );
  return useYTextInput<E>(text, edit, onRefused);
}

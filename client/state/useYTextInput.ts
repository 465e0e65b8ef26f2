import { useCallback, useEffect, useRef, type FormEvent } from 'react';
import type * as Y from 'yjs';

type Field = HTMLInputElement | HTMLTextAreaElement;

/** Where a caret at `at` ends up after a remote change described by a Y.Text delta. */
export function mapCaret(at: number, delta: Y.YTextEvent['delta']): number {
  let pos = 0;
  let caret = at;
  for (const op of delta) {
    if (op.retain !== undefined) pos += op.retain;
    else if (op.insert !== undefined) {
      const n = typeof op.insert === 'string' ? op.insert.length : 1;
      // Text inserted exactly at the caret goes after it: the local typist keeps their place.
      if (pos < caret) caret += n;
      pos += n;
    } else if (op.delete !== undefined && pos < caret) caret -= Math.min(op.delete, caret - pos);
  }
  return caret;
}

/** The one changed span between two strings: from `start`, `deleteCount` old characters replaced by `insert`. */
export function diffSpan(old: string, value: string): { start: number; deleteCount: number; insert: string } {
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  let end = 0;
  while (end < old.length - start && end < value.length - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
  return { start, deleteCount: old.length - start - end, insert: value.slice(start, value.length - end) };
}

/**
 * Binds an uncontrolled input or textarea to a Y.Text. Local typing becomes one `edit` (an
 * op from shared/ops) of just the changed span, so two people typing in one comment both keep
 * their words; a remote change rewrites the field and moves the caret and selection through the
 * change, so it stays where the user was typing. `text` may be undefined until the field exists.
 * `onRefused` gets the error when the op refuses an edit; the field then shows the stored text.
 */
export function useYTextInput<E extends Field>(
  text: Y.Text | undefined,
  edit: (index: number, deleteCount: number, insert: string) => void,
  onRefused?: (error: unknown) => void,
) {
  const field = useRef<E | null>(null);
  const applying = useRef(false);

  useEffect(() => {
    const el = field.current;
    if (el && text && el.value !== text.toString()) el.value = text.toString();
    if (!text) return;
    const observer = (event: Y.YTextEvent): void => {
      const input = field.current;
      if (!input || applying.current) return;
      const focused = input.ownerDocument.activeElement === input;
      const start = mapCaret(input.selectionStart ?? 0, event.delta);
      const end = mapCaret(input.selectionEnd ?? 0, event.delta);
      input.value = text.toString();
      if (focused) input.setSelectionRange(start, end);
    };
    text.observe(observer);
    return () => text.unobserve(observer);
  }, [text]);

  const onInput = useCallback(
    (event: FormEvent<E>) => {
      const input = event.currentTarget;
      const { start, deleteCount, insert } = diffSpan(text?.toString() ?? '', input.value);
      if (deleteCount === 0 && insert === '') return;
      applying.current = true;
      try {
        edit(start, deleteCount, insert);
      } catch (error) {
        input.value = text?.toString() ?? '';
        onRefused?.(error);
      } finally {
        applying.current = false;
      }
    },
    [text, edit, onRefused],
  );

  return { ref: field, onInput, defaultValue: text?.toString() ?? '' };
}

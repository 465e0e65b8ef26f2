import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/meeting/meetingSchema.ts';
import type { AgendaItem } from '../../../shared/meeting/readMeeting.ts';
import { useMeetingContext } from '../../meeting/MeetingContext.ts';
import { useItemTextInput, type ItemTextField as Field } from '../../meeting/useItemTextInput.ts';

interface BoundProps {
  item: AgendaItem;
  /** Called before each edit (clears a refusal), then onRefused if the op refused it. */
  onEdit: () => void;
  onRefused: () => void;
  described: Record<string, unknown>;
}

/**
 * An item's title (an input) or notes (a textarea) bound to its Y.Text: each keystroke goes in as
 * the changed span, and what others type shows at once without moving this user's caret (MTG6).
 * Uncontrolled on purpose: React must not reset it. It stops at the model's cap (MTG8), so an
 * honest edit is never refused for its length; a title typed empty is (MTG6), and says so.
 */
export function ItemTextField({ item, field, label }: { item: AgendaItem; field: Field; label: string }) {
  const { t } = useTranslation();
  const errorId = useId();
  const [refused, setRefused] = useState(false);
  const bound: BoundProps = { item, onEdit: () => setRefused(false), onRefused: () => setRefused(true), described: refused ? { 'aria-invalid': true, 'aria-describedby': errorId } : {} };
  return (
    <>
      <label className={`item-${field}`}>
        {label}
        {field === 'notes' ? <BoundNotes {...bound} /> : <BoundTitle {...bound} />}
      </label>
      {refused && (
        <p id={errorId} className="field-error">
          {t(field === 'title' ? 'meeting.item.titleRequired' : 'meeting.item.notesRefused')}
        </p>
      )}
    </>
  );
}

function BoundNotes({ item, onEdit, onRefused, described }: BoundProps) {
  const { session } = useMeetingContext();
  const { ref, defaultValue, onInput } = useItemTextInput<HTMLTextAreaElement>(session.doc, session.origin, item.id, 'notes', item, onRefused);
  const input = (event: FormEvent<HTMLTextAreaElement>): void => {
    onEdit();
    onInput(event);
  };
  return <textarea ref={ref} defaultValue={defaultValue} onInput={input} rows={8} maxLength={MEETING_LIMITS.notes} {...described} />;
}

function BoundTitle({ item, onEdit, onRefused, described }: BoundProps) {
  const { session } = useMeetingContext();
  const { ref, defaultValue, onInput } = useItemTextInput<HTMLInputElement>(session.doc, session.origin, item.id, 'title', item, onRefused);
  const input = (event: FormEvent<HTMLInputElement>): void => {
    onEdit();
    onInput(event);
  };
  return <input ref={ref} defaultValue={defaultValue} onInput={input} maxLength={MEETING_LIMITS.title} {...described} />;
}

import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, ArchiveRestore } from 'lucide-react';
import type { Card } from '../../../shared/schema/card.ts';
import { useBoardMeta } from '../../state/useBoard.ts';
import { useBoardActions } from '../../state/useBoardActions.ts';
import { useCard } from '../../state/useCard.ts';
import { Modal } from '../board/Modal.tsx';
import { useAnnounce } from '../app/LiveRegion.tsx';
import { useEditAccess } from '../../auth/EditAccessContext.ts';
import { ScopeRefusal } from '../../auth/editAccess.ts';
import { useBoardCommands } from '../../state/BoardCommands.tsx';
import { EDITOR_FIELDS, type FieldInput } from './cardFields.ts';
import { CardHistory } from './CardHistory.tsx';
import { NamesField } from './NamesField.tsx';
import { ProseField } from './ProseField.tsx';
import { ReportsSection } from './ReportsSection.tsx';
import { DateField, EffectField, SelectField, TextField } from './ScalarFields.tsx';
import { FieldDrafts, FieldDraftsContext } from './useFieldDraft.ts';
import './CardEditor.css';

/**
 * The card editor dialog: every field of the card's kind, its reports (assignments), archive and
 * restore, and (given the board's id) the card's history. Read-only for a card this user may not change.
 * However it is closed (Escape, ✕, Stäng) every field's draft is written first; a draft that cannot
 * be written keeps the dialog open with its error shown (KEEP1).
 */
export function CardEditor({ cardId, boardId, onClose }: { cardId: string; boardId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [drafts] = useState(() => new FieldDrafts());
  const fields = useRef<HTMLFieldSetElement>(null);
  // Counts refused closes: each one moves focus to the field that holds the unreadable draft.
  const [refusedCloses, setRefusedCloses] = useState(0);
  const close = (): void => {
    if (drafts.flushAll()) onClose();
    else setRefusedCloses((n) => n + 1);
  };
  useEffect(() => {
    if (refusedCloses === 0) return;
    fields.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    announce(t('card.editor.draftRefused'), 'assertive');
  }, [refusedCloses, announce, t]);
  const card = useCard(cardId);
  const kind = useBoardMeta()?.kind ?? 'general';
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const { canEditCard } = useEditAccess();
  const title = card?.title || t('card.untitled');
  const editable = card !== undefined && canEditCard(card);

  const toggleArchived = (): void => {
    try {
      if (card?.archived) actions.restoreCard(cardId);
      else actions.archiveCard(cardId);
    } catch (error) {
      reportError(error);
    }
  };

  return (
    <FieldDraftsContext.Provider value={drafts}>
      <Modal title={title} onClose={close} className="card-editor">
        {!card ? (
          <p role="alert">{t('card.editor.gone')}</p>
        ) : (
          <>
            {card.archived && <p className="card-archived">{t('card.editor.archived')}</p>}
            {!editable && <p className="card-read-only">{t('card.editor.readOnly')}</p>}
            {/* A disabled fieldset disables every input and button inside it, the reports' too: read-only without a second set of views. */}
            <fieldset ref={fields} className="card-editor-fields" disabled={!editable}>
              {EDITOR_FIELDS[kind].map((input) => (
                <FieldControl key={input.field} card={card} input={input} />
              ))}
              {kind === 'assignments' && <ReportsSection cardId={cardId} />}
            </fieldset>
            {boardId && <CardHistory boardId={boardId} cardId={cardId} />}
            <div className="modal-actions">
              {editable && (
                <button type="button" onClick={toggleArchived}>
                  {card.archived ? <ArchiveRestore aria-hidden="true" size={18} /> : <Archive aria-hidden="true" size={18} />}{' '}
                  {card.archived ? t('card.editor.restore') : t('card.editor.archive')}
                </button>
              )}
              <button type="button" className="primary" onClick={close}>
                {t('card.editor.close')}
              </button>
            </div>
          </>
        )}
      </Modal>
    </FieldDraftsContext.Provider>
  );
}

/**
 * One field of the card, locked (with why) when this user may see the card's editor but not change
 * this field: a unit chief's scope fields on a card that is theirs only by `responsible` (LIM6).
 */
function FieldControl({ card, input }: { card: Card; input: FieldInput }) {
  const { t } = useTranslation();
  const hintId = useId();
  const { canEditField } = useEditAccess();
  if (canEditField(card, input.field)) return <FieldInputFor card={card} input={input} />;
  return (
    <fieldset disabled className="card-field-locked" aria-describedby={hintId}>
      <FieldInputFor card={card} input={input} />
      <p id={hintId} className="field-hint">
        {t('card.editor.scopeFieldLocked')}
      </p>
    </fieldset>
  );
}

/** The input that fits one field; scalar writes go through updateCardField, prose through the Y.Text binding. */
function FieldInputFor({ card, input }: { card: Card; input: FieldInput }) {
  const { t } = useTranslation();
  const actions = useBoardActions();
  const { reportError } = useBoardCommands();
  const { allowsValue } = useEditAccess();
  const label = t(`card.fields.${input.field}`);
  const value = (card as unknown as Record<string, unknown>)[input.field];
  const commit = (next: unknown) => {
    // Refused here rather than by the server, which would close the connection and reload the board (LIM6).
    if (!allowsValue(card, input.field, next)) throw new ScopeRefusal(`${input.field} may not become ${JSON.stringify(next)}`);
    actions.updateField(card.id, input.field, next);
  };
  switch (input.input) {
    case 'prose':
      return <ProseField cardId={card.id} field={input.field} label={label} multiline={input.multiline} />;
    case 'text':
      return <TextField label={label} value={value as string | undefined} commit={commit} />;
    case 'effect':
      return <EffectField label={label} value={value as number | undefined} commit={commit} />;
    case 'date':
      return <DateField label={label} value={value as string | undefined} commit={commit} />;
    case 'select':
      return (
        <SelectField
          label={label}
          value={value as string | undefined}
          options={input.options.map((option) => [option, t(`card.values.${input.labels}.${option}`)])}
          commit={commit}
        />
      );
    case 'names':
      return (
        <NamesField
          label={label}
          names={(value as readonly string[] | undefined) ?? []}
          commit={(next) => {
            try {
              commit(next);
              return true;
            } catch (error) {
              reportError(error);
              return false;
            }
          }}
        />
      );
  }
}

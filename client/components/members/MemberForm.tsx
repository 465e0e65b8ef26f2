import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, type BoardRole, type Member } from '../../auth/authApi.ts';
import type { Card } from '../../../shared/schema/card.ts';
import { AccountForm } from '../auth/AccountForm.tsx';
import { scopeSuggestions, unmatchedUnits } from './scopeChoices.ts';
import { ScopeField } from './ScopeField.tsx';

const ROLES: readonly BoardRole[] = ['facilitator', 'editor', 'unitChief', 'viewer'];

const splitUnits = (text: string): string[] => text.split(',').map((unit) => unit.trim()).filter((unit) => unit !== '');

interface MemberFormProps {
  boardId: string;
  /** The board's cards, to offer its units and warn of a scope that matches none; null while loading. */
  cards: readonly Card[] | null;
  onSaved: (member: Member) => Promise<void>;
  onFailed: (message: string) => void;
  status: string;
  error: string;
}

/** Gives a user a role on the board (ROLE7); a unit chief's scope is picked from the board's units or typed. */
export function MemberForm({ boardId, cards, onSaved, onFailed, status, error }: MemberFormProps) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [role, setRole] = useState<BoardRole>('editor');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [other, setOther] = useState('');
  const scope = [...new Set([...chosen, ...splitUnits(other)])];

  const toggle = (unit: string): void =>
    setChosen((before) => {
      const after = new Set(before);
      if (!after.delete(unit)) after.add(unit);
      return after;
    });
  const save = async (): Promise<void> => {
    try {
      const member = await authApi.setMember(boardId, username.trim(), { role, scope: role === 'unitChief' ? scope : [] });
      setUsername('');
      setChosen(new Set());
      setOther('');
      await onSaved(member);
    } catch (failure) {
      onFailed(t(failure instanceof ApiFailure && failure.status === 404 ? 'members.unknownUser' : 'members.failed'));
    }
  };

  return (
    <AccountForm label={t('members.save')} submitLabel={t('members.save')} onSubmit={save} status={status} error={error}>
      <label>
        {t('members.username')}
        <input value={username} onChange={(event) => setUsername(event.target.value)} required autoCapitalize="none" />
      </label>
      <label>
        {t('members.role')}
        <select value={role} onChange={(event) => setRole(event.target.value as BoardRole)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`members.roles.${r}`)}
            </option>
          ))}
        </select>
      </label>
      {role === 'unitChief' && (
        <ScopeField
          suggestions={cards ? scopeSuggestions(cards) : []}
          chosen={chosen}
          onToggle={toggle}
          other={other}
          onOther={setOther}
          unmatched={cards ? unmatchedUnits(scope, cards) : []}
        />
      )}
    </AccountForm>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure, authApi, type AccountChoice, type BoardRole, type Member } from '../../auth/authApi.ts';
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

/**
 * Gives an account a role on the board (ROLE7), picked by display name from the accounts the
 * server shows a facilitator: ids and names, usernames only to an admin (SEC2). A unit chief's
 * scope is picked from the board's units or typed.
 */
export function MemberForm({ boardId, cards, onSaved, onFailed, status, error }: MemberFormProps) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<AccountChoice[]>([]);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<BoardRole>('editor');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [other, setOther] = useState('');
  const scope = [...new Set([...chosen, ...splitUnits(other)])];
  useEffect(() => {
    authApi.accountChoices().then(
      (choices) => setAccounts([...choices].sort((a, b) => a.displayName.localeCompare(b.displayName, 'sv'))),
      () => setAccounts([]),
    );
  }, []);

  const toggle = (unit: string): void =>
    setChosen((before) => {
      const after = new Set(before);
      if (!after.delete(unit)) after.add(unit);
      return after;
    });
  const save = async (): Promise<void> => {
    try {
      const member = await authApi.setMember(boardId, userId, { role, scope: role === 'unitChief' ? scope : [] });
      setUserId('');
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
        {t('members.account')}
        <select value={userId} onChange={(event) => setUserId(event.target.value)} required>
          <option value="">{t('members.pickAccount')}</option>
          {accounts.map((account) => (
            <option key={account.id} value={account.id}>
              {account.username ? `${account.displayName} (${account.username})` : account.displayName}
            </option>
          ))}
        </select>
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

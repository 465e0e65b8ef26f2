import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { usePresence } from '../../sync/usePresence.ts';

const MAX_SHOWN = 6;

/** Initials for an avatar: first letters of the first two words ("Anna Berg" → "AB"). */
export function initials(name: string): string {
  return name
    .trim()
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/** Who is on the board: an avatar per person in their colour, their name as text for everyone else. */
export function PresenceAvatars({ awareness }: { awareness: Awareness }) {
  const { t } = useTranslation();
  const users = usePresence(awareness);
  const shown = users.slice(0, MAX_SHOWN);
  const hidden = users.length - shown.length;
  return (
    <ul className="presence" aria-label={t('app.presence.label')}>
      {shown.map((user) => {
        // The server stamps a share link's presence with no name (PRS3): it is shown as one.
        const name = user.name || t('app.user.shareVisitor');
        const label = user.isSelf ? t('app.presence.you', { name }) : name;
        return (
          <li key={user.clientId} className="presence-avatar" style={{ backgroundColor: user.color }} title={label}>
            <span aria-hidden="true">{initials(name)}</span>
            <span className="visually-hidden">{label}</span>
          </li>
        );
      })}
      {hidden > 0 && <li className="presence-more">{t('app.presence.others', { count: hidden })}</li>}
    </ul>
  );
}

import { CardIcon, type CardIconName } from './CardIcons.tsx';
import './StatusBadge.css';

/** An icon whose shape, not only its colour, tells the status apart (WCAG 1.4.1). */
const ICONS: Record<string, CardIconName> = {
  green: 'circleCheck',
  yellow: 'triangleAlert',
  red: 'octagonX',
  notStarted: 'circleDashed',
  ongoing: 'circleDot',
  done: 'circleCheck',
  doneWithDeviation: 'triangleAlert',
  notDone: 'circleSlash',
};

/** Tone per value, for the badge's colour only; the icon and the text carry the meaning. */
const TONES: Record<string, string> = {
  green: 'good',
  yellow: 'warn',
  red: 'bad',
  notStarted: 'neutral',
  ongoing: 'info',
  done: 'good',
  doneWithDeviation: 'warn',
  notDone: 'bad',
};

/** A card's status as icon and text; `label` is the value's name in the UI language. */
export function StatusBadge({ value, label }: { value: string; label: string }) {
  return (
    <span className={`status-badge status-${TONES[value] ?? 'neutral'}`}>
      <CardIcon name={ICONS[value] ?? 'circleDot'} size={18} />
      <span>{label}</span>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleDashed, CircleDot, CircleSlash, OctagonX, TriangleAlert, type LucideIcon } from 'lucide-react';
import './StatusBadge.css';

/** An icon whose shape, not only its colour, tells the status apart (WCAG 1.4.1). */
const ICONS: Record<string, LucideIcon> = {
  green: CircleCheck,
  yellow: TriangleAlert,
  red: OctagonX,
  notStarted: CircleDashed,
  ongoing: CircleDot,
  done: CircleCheck,
  doneWithDeviation: TriangleAlert,
  notDone: CircleSlash,
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

/** A card's status as icon and text; `labels` is the catalogue group (`rag` or `status`). */
export function StatusBadge({ value, labels }: { value: string; labels: string }) {
  const { t } = useTranslation();
  const Icon = ICONS[value] ?? CircleDot;
  return (
    <span className={`status-badge status-${TONES[value] ?? 'neutral'}`}>
      <Icon aria-hidden="true" size={18} strokeWidth={2.5} />
      <span>{t(`card.values.${labels}.${value}`)}</span>
    </span>
  );
}

import { useTranslation } from 'react-i18next';
import type { Totals } from '../../../shared/sums.ts';
import { formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/**
 * A group's sum of effects per year and, when some of its cards have no effect, how many
 * ("196 000 tkr/år (1 okänd)"): the sum leaves them out (SUM2), and a sum that does so
 * silently reads as complete.
 */
export function EffectSum({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const unknown = totals.unknownEffect.length;
  return (
    <span className="effect-sum">
      {t('board.effectPerYear', { amount: formatTkr(totals.effect, lang) })}
      {unknown > 0 && <span className="effect-unknown"> {t('board.unknownNote', { count: unknown })}</span>}
    </span>
  );
}

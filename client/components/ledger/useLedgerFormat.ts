import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { percentOfTarget } from '../../../shared/percentOfTarget.ts';
import { formatNumber, formatTkr } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** Formatters for the ledger in the UI language: amounts (`157 000 tkr`) and shares of the target (`17 %`, never 100 % short of it: A11Y22). */
export function useLedgerFormat(): { tkr: (n: number) => string; percent: (share: number) => string } {
  const { t } = useTranslation();
  const lang = useLanguage();
  const tkr = useCallback((n: number) => formatTkr(n, lang), [lang]);
  const percent = useCallback((share: number) => t('ledger.percent', { value: formatNumber(percentOfTarget(share), lang) }), [t, lang]);
  return { tkr, percent };
}

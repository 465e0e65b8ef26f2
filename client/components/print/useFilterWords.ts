import { useTranslation } from 'react-i18next';
import type { CardFilter } from '../../../shared/export/cardFilter.ts';
import type { BoardKind } from '../../../shared/schema/boardKinds.ts';
import { DECISION_LEVELS } from '../../../shared/schema/card.ts';
import { STATUS_VALUES } from '../cards/cardFields.ts';

/**
 * Each field a filter sets, as the filters bar names it, for the print view's note: " (Beslutsnivå:
 * Beslutas på tjänstemannanivå; Sök: ”jour”)", or '' when it sets none (PRT4, as a filtered export's
 * note names them, EXP6). A value the board does not know is shown as given.
 */
export function useFilterWords(fields: CardFilter, kind: BoardKind): string {
  const { t } = useTranslation();
  const status = STATUS_VALUES[kind];
  const text = fields.text.trim();
  const parts = [
    text && `${t('board.filters.search')}: ”${text}”`,
    fields.unit && `${t('board.filters.unit')}: ${fields.unit}`,
    fields.responsible && `${t('board.filters.responsible')}: ${fields.responsible}`,
    fields.decisionLevel &&
      `${t('board.filters.decisionLevel')}: ${(DECISION_LEVELS as readonly string[]).includes(fields.decisionLevel) ? t(`card.values.decisionLevel.${fields.decisionLevel}`) : fields.decisionLevel}`,
    fields.status && `${t('board.filters.status')}: ${status.options.includes(fields.status) ? t(`card.values.${status.labels}.${fields.status}`) : fields.status}`,
    fields.changed && t('print.filterChanged'),
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

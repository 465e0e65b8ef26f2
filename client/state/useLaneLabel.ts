import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useBoardMeta } from './useBoard.ts';

/**
 * Names a swimlane for people: enum values through the catalogue (`card.values.<laneField>.<value>`,
 * e.g. "Kräver politiskt beslut"), free values as they are, and '' as "no value".
 */
export function useLaneLabel(): (lane: string) => string {
  const { t, i18n } = useTranslation();
  const laneField = useBoardMeta()?.laneField;
  return useCallback(
    (lane: string) => {
      if (lane === '') return t('board.lane.none');
      const key = `card.values.${laneField}.${lane}`;
      return i18n.exists(key) ? t(key) : lane;
    },
    [t, i18n, laneField],
  );
}

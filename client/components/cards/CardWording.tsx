import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Language } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/useLanguage.ts';

/** What every card face says the same way, looked up once per language instead of once per card. */
export interface CardWording {
  t: TFunction;
  lang: Language;
  untitled: string;
  moveTo: string;
  noReport: string;
  effectUnknown: string;
  reportsHeading: string;
  /** "Öppna {title}", "Dra kortet {title}", "Flytta till… – {title}": the labels of a card's buttons. */
  open(title: string): string;
  drag(title: string): string;
  moveFor(title: string): string;
  /** Field names (`card.fields.<field>`), e.g. for the visually hidden terms of the face. */
  field(name: string): string;
  /** An enum value's label (`card.values.<group>.<value>`). */
  value(group: string, value: string): string;
}

const CardWordingContext = createContext<CardWording | null>(null);

const SLOT = '\u0000';

/** A message with one `{{title}}`, filled by concatenation: what t would give (values are not escaped), without its cost per card. */
function withTitle(t: TFunction, key: string): (title: string) => string {
  const [before = '', after = ''] = t(key, { title: SLOT }).split(SLOT);
  return (title) => before + title + after;
}

/**
 * Gives the cards below it their wording. A board has 1,000 cards: one useTranslation and one
 * cache of fixed labels here, instead of a translation hook and a dozen lookups in each card.
 * A switch of language gives a new value, and every card face follows.
 */
export function CardWordingProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const text = useMemo((): CardWording => {
    const cache = new Map<string, string>();
    const cached = (key: string): string => {
      let label = cache.get(key);
      if (label === undefined) cache.set(key, (label = t(key)));
      return label;
    };
    return {
      t,
      lang,
      untitled: t('card.untitled'),
      moveTo: t('card.moveTo'),
      noReport: t('card.noReport'),
      effectUnknown: t('card.effectUnknown'),
      reportsHeading: t('card.reports.heading'),
      open: withTitle(t, 'card.open'),
      drag: withTitle(t, 'card.dragHandle'),
      moveFor: withTitle(t, 'card.moveToFor'),
      field: (name) => cached(`card.fields.${name}`),
      value: (group, value) => cached(`card.values.${group}.${value}`),
    };
  }, [t, lang]);
  return <CardWordingContext.Provider value={text}>{children}</CardWordingContext.Provider>;
}

/** The wording of the cards; throws outside a CardWordingProvider. */
export function useCardWording(): CardWording {
  const text = useContext(CardWordingContext);
  if (!text) throw new Error('useCardWording: no CardWordingProvider above this card');
  return text;
}

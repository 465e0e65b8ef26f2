/**
 * The words of the generated slides (PPT1), Swedish as the seed decks 000 and 002 word them, and
 * English. They live here and not in the client's catalogue, which the server does not import
 * (STYLE.md's layers); the words every export shares ("Exporterad från Tavla") are EXPORT_WORDS.
 */
export const SLIDE_LABELS = {
  sv: {
    unit: 'Verksamhet',
    staffCategory: 'Personal kat',
    measure: 'Åtgärd',
    effect: 'Ekonomisk effekt tkr/år',
    comment: 'Kommentar',
    responsible: 'Beredningsansvarig',
    group: 'Grupp',
    card: 'Kort',
    owners: 'Ansvariga',
    lanes: { political: 'Åtgärder som kräver politisk beredning', official: 'Åtgärder som beslutas på tjänstemannanivå' } as Record<string, string>,
    noLane: 'Utan värde',
    perYear: 'tkr/år',
    continued: 'forts.',
    more: ' … (hela texten finns i Tavla)',
    councilAssignment: 'FM Uppdrag',
    assignment: 'Uppdrag',
    nextMonth: 'Kommande månad',
    lastMonth: 'Senaste månaden',
    comments: 'Kommentarer',
    risks: 'Uppkomna risker och eventuellt behov av stöd',
    directedTo: 'Riktas till',
    noReports: 'Inga månadsrapporter att visa.',
    notReady: (month: string) => `Ingen rapport klar för ${month}`,
    noCards: 'Inga kort att visa.',
    locale: 'sv-SE',
  },
  en: {
    unit: 'Unit',
    staffCategory: 'Staff category',
    measure: 'Measure',
    effect: 'Financial effect kSEK/year',
    comment: 'Comment',
    responsible: 'Responsible for preparation',
    group: 'Group',
    card: 'Card',
    owners: 'Responsible',
    lanes: { political: 'Measures that require political preparation', official: 'Measures decided at official level' } as Record<string, string>,
    noLane: 'No value',
    perYear: 'kSEK/year',
    continued: 'cont.',
    more: ' … (the whole text is in Tavla)',
    councilAssignment: 'Council assignment',
    assignment: 'Assignment',
    nextMonth: 'Coming month',
    lastMonth: 'Last month',
    comments: 'Comments',
    risks: 'Risks that have arisen and any need of support',
    directedTo: 'Directed to',
    noReports: 'No monthly reports to show.',
    notReady: (month: string) => `No report ready for ${month}`,
    noCards: 'No cards to show.',
    locale: 'en-GB',
  },
} as const;

export type SlideLanguage = keyof typeof SLIDE_LABELS;
export type SlideLabels = (typeof SLIDE_LABELS)[SlideLanguage];

/** A whole number of tkr grouped as the language groups it, with no-break spaces so it never wraps: `157 000`. */
export function slideNumber(n: number, language: SlideLanguage): string {
  return new Intl.NumberFormat(SLIDE_LABELS[language].locale, { maximumFractionDigits: 1 }).format(n).replace(/[\u202f\u2009 ]/g, '\u00a0');
}

/** A month `YYYY-MM` in words: `maj 2025`, `May 2025`. */
export function slideMonth(month: string, language: SlideLanguage): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(SLIDE_LABELS[language].locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(year, m - 1, 15));
}

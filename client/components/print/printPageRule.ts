/**
 * The running header and footer of a board's printed pages (PRT3) as CSS text: the board's
 * title at the top left, the day it was printed at the top right and "Sida x av y" at the foot.
 * An `@page` rule cannot read the document, so the words are written into the rule itself, as
 * CSS strings (quotes, backslashes and line breaks escaped, so no title can end the string).
 */
export interface PageWords {
  /** The board's title. */
  title: string;
  /** E.g. "Utskriven 2026-12-04". */
  printedOn: string;
  /** The catalogue's page line with `{{page}}` and `{{pages}}`, e.g. "Sida {{page}} av {{pages}}". */
  pageOf: string;
}

/** The page name board print sheets use (boardPrint.css sets its size and margins). */
export const PRINT_PAGE = 'board-print';

/** A CSS string literal holding `text`, whatever it holds. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]+/g, ' ').replace(/</g, '\\3C ')}"`;
}

/** A `content` value for the page line: its words as strings, `{{page}}` and `{{pages}}` as the counters. */
export function pageOfContent(pageOf: string): string {
  return pageOf
    .split(/(\{\{pages?\}\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/** The `@page` rule with the margin boxes for one printed board. */
export function printPageRule(words: PageWords): string {
  const box = (name: string, content: string) => `@${name} { content: ${content}; font-size: 9pt; }`;
  return `@page ${PRINT_PAGE} { ${box('top-left', cssString(words.title))} ${box('top-right', cssString(words.printedOn))} ${box('bottom-center', pageOfContent(words.pageOf))} }`;
}

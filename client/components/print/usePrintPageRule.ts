import { useEffect } from 'react';
import { printPageRule, type PageWords } from './printPageRule.ts';

/**
 * Adds the board's `@page` margin boxes (printPageRule) to the document while the print view is
 * open. A constructed style sheet, not a `<style>` element: the page's policy allows only the
 * app's own style files (style-src 'self', SEC5), and it governs elements, not the CSSOM.
 */
export function usePrintPageRule({ title, printedOn, pageOf }: PageWords): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(printPageRule({ title, printedOn, pageOf }));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [title, printedOn, pageOf]);
}

import { describe, expect, it } from 'vitest';
import { cssString, pageOfContent, printPageRule, PRINT_PAGE } from '../../../client/components/print/printPageRule.ts';

describe('the running header and footer of a printed board (PRT3)', () => {
  it('[PRT3] writes the title and the day into the page margins and "Sida x av y" as the page counters', () => {
    const rule = printPageRule({ title: 'Åtgärder för minskade personalkostnader (HSF)', printedOn: 'Utskriven 2026-12-04', pageOf: 'Sida {{page}} av {{pages}}' });
    expect(rule.startsWith(`@page ${PRINT_PAGE} {`)).toBe(true);
    expect(rule).toContain('@top-left { content: "Åtgärder för minskade personalkostnader (HSF)"; font-size: 9pt; }');
    expect(rule).toContain('@top-right { content: "Utskriven 2026-12-04"; font-size: 9pt; }');
    expect(rule).toContain('@bottom-center { content: "Sida " counter(page) " av " counter(pages); font-size: 9pt; }');
  });

  it('[PRT3] keeps the words of any language around the counters', () => {
    expect(pageOfContent('Page {{page}} of {{pages}}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageOfContent('{{page}}/{{pages}}')).toBe('counter(page) "/" counter(pages)');
  });

  it('[PRT3] lets no title end its string or the rule: quotes, backslashes, line breaks and "<" are escaped', () => {
    expect(cssString('Tavla "A"')).toBe('"Tavla \\"A\\""');
    expect(cssString('a\\"; } body { display: none')).toBe('"a\\\\\\"; } body { display: none"');
    expect(cssString('rad 1\nrad 2')).toBe('"rad 1 rad 2"');
    expect(cssString('</style>')).toBe('"\\3C /style>"');
  });
});

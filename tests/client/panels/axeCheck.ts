import axe from 'axe-core';

/**
 * The serious and critical axe-core violations inside `node`, as "rule: target" lines.
 * jsdom has no layout, so colour contrast is left to the browser tests.
 */
export async function seriousViolations(node: Element): Promise<string[]> {
  // Some axe checks ask a canvas for text metrics; jsdom has none and answers null after printing
  // "Not implemented". Axe copes with null, so it gets null without the noise.
  const { getContext } = HTMLCanvasElement.prototype;
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof getContext;
  let violations: axe.Result[];
  try {
    ({ violations } = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } }));
  } finally {
    HTMLCanvasElement.prototype.getContext = getContext;
  }
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

import axe from 'axe-core';

/**
 * The serious and critical axe-core violations inside `node`, as "rule: target" lines.
 * jsdom has no layout, so colour contrast is left to the browser tests.
 */
export async function seriousViolations(node: Element): Promise<string[]> {
  const { violations } = await axe.run(node, { rules: { 'color-contrast': { enabled: false } } });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

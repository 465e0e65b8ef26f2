/**
 * A share (1 = the whole target) as the percentage shown (A11Y22): whole percents, except that a
 * share below the target never reads 100 %; it gets one decimal, at most 99,9 (249 700 of
 * 250 000 is 99,9 %, 250 000 is 100 %).
 */
export function percentOfTarget(share: number): number {
  const whole = Math.round(share * 100);
  if (share >= 1 || whole < 100) return whole;
  return Math.min(99.9, Math.round(share * 1000) / 10);
}

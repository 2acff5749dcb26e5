/**
 * Bounded increasing squashing functions σ for the sigmoid remedy (post, "Limitations"): σ(E[U]) caps the
 * reward that a policy can collect. For each: inf σ = σ₋, sup σ = σ₊ = lim_{m→∞} σ(m), the gap σ₊ − σ(m)
 * formed without cancellation, and the least level M with σ₊ − σ(M) ≤ g.
 *   logistic 1/(1 + e^{−m}):  gap 1/(1 + e^m),                 M = log(1/g − 1);
 *   tanh:                      gap 2/(1 + e^{2m}),                M = ½·log(2/g − 1);
 *   arctan (2/π)·atan(m):      gap (2/π)·atan(1/m) for m > 0,     M = 1/tan(πg/2);
 *   clip to [lo, hi]:           gap max(0, hi − max(m, lo)),       M = hi − g (M = hi at g = 0).
 */
export type SquashSpec = { kind: 'logistic' } | { kind: 'tanh' } | { kind: 'arctan' } | { kind: 'clip'; lo: number; hi: number };

export interface Squash {
  readonly lower: number;
  readonly upper: number;
  value(m: number): number;
  /** σ₊ − σ(m) ≥ 0 */
  gap(m: number): number;
  /** the least M with gap(M) ≤ g, for 0 < g < σ₊ − σ₋ */
  levelForGap(g: number): number;
}

export function squashOf(s: SquashSpec): Squash {
  switch (s.kind) {
    case 'logistic':
      return { lower: 0, upper: 1, value: (m) => 1 / (1 + Math.exp(-m)), gap: (m) => 1 / (1 + Math.exp(m)), levelForGap: (g) => Math.log(1 / g - 1) };
    case 'tanh':
      return { lower: -1, upper: 1, value: Math.tanh, gap: (m) => 2 / (1 + Math.exp(2 * m)), levelForGap: (g) => 0.5 * Math.log(2 / g - 1) };
    case 'arctan':
      return {
        lower: -1, upper: 1,
        value: (m) => (2 / Math.PI) * Math.atan(m),
        gap: (m) => (m > 0 ? (2 / Math.PI) * Math.atan(1 / m) : 1 - (2 / Math.PI) * Math.atan(m)),
        levelForGap: (g) => 1 / Math.tan((Math.PI * g) / 2),
      };
    case 'clip':
      return {
        lower: s.lo, upper: s.hi,
        value: (m) => Math.min(s.hi, Math.max(s.lo, m)),
        gap: (m) => Math.max(0, s.hi - Math.max(m, s.lo)),
        levelForGap: (g) => Math.max(s.lo, s.hi - g),
      };
  }
}

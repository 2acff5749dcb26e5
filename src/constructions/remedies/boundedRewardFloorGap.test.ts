import { describe, it, expect } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { logMeanHGap, type Reward } from './boundedReward.ts';

/**
 * Gaps W(g) − W(g₀) with U = g + N far below the reward's range, where r(U) + 1 ≈ 2e^{2U} and the single layer cake
 * in s = log z collapsed onto log(2/β) (every gap read as exactly 0). References from mpmath at 200 digits:
 *   log ∫ (e^{(m(g + x) − 1)/β} − e^{(m(g₀ + x) − 1)/β}) f_N(x) dx   (mp.quad, breakpoints at the support's ends),
 * m = tanh or tanh(·/2) (sigmoid), f_N the density of N.
 */
const cases: { r: Reward; beta: number; g: number; g0: number; noise: DistributionSpec; ref: number }[] = [
  { r: { squash: 'tanh', loc: 0, scale: 1 }, beta: 1, g: 0.5, g0: 0, noise: { family: 'uniform', a: -101, b: -100 } as DistributionSpec, ref: -201.6040886032559409479943 },
  { r: { squash: 'sigmoid', loc: 0, scale: 1 }, beta: 0.5, g: 1, g0: 0, noise: { family: 'uniform', a: -300, b: -298 } as DistributionSpec, ref: -300.9109414226959956385771 },
  // N = −1 − Pareto(100, 0.97): the claim's inconclusive case (X = −1 − Pareto, V = 2·U(−1, 0))
  { r: { squash: 'tanh', loc: 0, scale: 1 }, beta: 1, g: 0.5, g0: 0, noise: { family: 'affine', base: { family: 'pareto', xm: 100, alpha: 0.97 }, loc: -1, scale: -1 } as DistributionSpec, ref: -208.1040585155396488777247 },
];

describe('logMeanHGap below the reward range (floor-side layer cake)', () => {
  for (const c of cases) {
    it(`${c.r.squash} β=${c.beta} g=${c.g} g0=${c.g0} N=${JSON.stringify(c.noise)}`, () => {
      const q = logMeanHGap(c.r, c.beta, c.g, c.g0, build(c.noise));
      const msg = `logMeanHGap(${JSON.stringify(c.r)}, β=${c.beta}, g=${c.g}, g0=${c.g0}, N=${JSON.stringify(c.noise)}) = ${JSON.stringify(q)} vs ${c.ref}`;
      expect(q.converged, msg).toBe(true);
      expect(q.relError, msg).toBeLessThan(1e-6);
      // the log's error is the relative error of the gap: within the estimate (plus rounding of the log)
      expect(Math.abs(q.log - c.ref), msg).toBeLessThanOrEqual(q.relError + 1e-12);
    });
  }
});

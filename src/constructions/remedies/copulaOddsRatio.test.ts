import { describe, expect, it } from 'vitest';
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { integrate } from '../../numerics/quadrature.ts';
import { seededRng } from '../../numerics/rng.ts';
import type { PairSpec } from '../../pairs/types.ts';
import { comonotoneQuantilizerShift, copulaOddsRatioVerdict } from './copulaOddsRatio.ts';

const shiftOf = (v: DistributionSpec, logK: number) => {
  const s = comonotoneQuantilizerShift(build(v), logK);
  if ('reason' in s) throw new Error(s.reason);
  return s;
};
const N01: DistributionSpec = { family: 'normal', mu: 0, sigma: 1 };

describe('comonotoneQuantilizerShift: reference values', () => {
  // V ~ N(0, 1): the quantilizer is Q(· | V > z), Φ̄(z) = 1/K. mpmath (40 digits): K = 2: sqrt(2/pi) =
  // 0.7978845608028654; K = e^30: z = findroot(lambda z: log(ncdf(-z)) + 30, 7.5), npdf(z)/ncdf(-z) = 7.488967866174847
  it('normal V', () => {
    expect(Math.abs(shiftOf(N01, Math.LN2).shift - 0.7978845608028654)).toBeLessThan(1e-10);
    expect(Math.abs(shiftOf(N01, 30).shift - 7.488967866174847)).toBeLessThan(1e-8);
  });
  // an independent computation: (1/(1 − w*))∫_{w*}^1 q_V(w) dw − μ by Gauss–Kronrod in y = −log(1 − w), with w* = 1 − 1/K (cut at y* + 30: the rest is below 1e-11)
  for (const [v, logK] of [[{ family: 'gamma', shape: 2, rate: 1 }, Math.log(5)], [{ family: 'affine', base: { family: 'weibull', k: 1.5, lambda: 2 }, loc: 3, scale: -1 }, 0.01], [{ family: 'beta', alpha: 0.5, beta: 3 }, 4]] as [DistributionSpec, number][]) {
    it(`quadrature over W: V ${JSON.stringify(v)}, log K = ${logK}`, () => {
      const V = build(v);
      const s = shiftOf(v, logK);
      const yStar = s.logKMet; // −log(1 − w*) = log K′
      const r = integrate((y) => V.quantile(-Math.expm1(-y)) * Math.exp(-y), yStar, yStar + 30, { relTol: 1e-12 });
      const ref = r.value * Math.exp(yStar) - V.mean();
      expect(Math.abs(ref - s.shift), `quadrature ${ref} ± ${r.error} vs ${s.shift} ± ${s.error}`).toBeLessThan(1e-8 * Math.max(1, Math.abs(ref)));
    });
  }
});

describe('comonotone pairs against Monte Carlo (seeded, 2e5 draws of W)', () => {
  const cases: [DistributionSpec, DistributionSpec, number][] = [
    [{ family: 'poisson', lambda: 2 }, { family: 'logistic', mu: 0, s: 1 }, Math.log(4)],
    [{ family: 'pareto', xm: 1, alpha: 0.8 }, { family: 'uniform', a: -1, b: 2 }, Math.log(10)],
  ];
  for (const [x, v, logK] of cases) {
    it(`X ${JSON.stringify(x)}, V ${JSON.stringify(v)}`, () => {
      const X = build(x), V = build(v);
      const s = shiftOf(v, logK);
      const rng = seededRng(7);
      const n = 200_000;
      const draws = Array.from({ length: n }, () => { const w = rng(); return [X.quantile(w) + V.quantile(w), V.quantile(w)]; });
      draws.sort((a, b) => b[0] - a[0]);
      const top = draws.slice(0, Math.round(n * Math.exp(-s.logKMet)));
      const mc = top.reduce((a, d) => a + d[1], 0) / top.length - draws.reduce((a, d) => a + d[1], 0) / n;
      const sd = Math.sqrt(V.variance() / top.length);
      expect(Math.abs(mc - s.shift), `MC ${mc} vs ${s.shift} (sd ${sd})`).toBeLessThan(6 * sd);
    });
  }
});

describe('copulaOddsRatioVerdict', () => {
  const pair: PairSpec = { kind: 'comonotone', x: { family: 'cauchy', loc: 0, scale: 1 }, v: N01 };
  it('comonotone with a continuous V holds; its mutant fails; K ≤ 1 fails', () => {
    expect(copulaOddsRatioVerdict(pair, 1).status).toBe('holds');
    expect(copulaOddsRatioVerdict(pair, 1, true).status).toBe('fails');
    expect(copulaOddsRatioVerdict(pair, 0).status).toBe('fails');
  });
  it('countermonotone, and comonotone with atoms in V, are inconclusive', () => {
    expect(copulaOddsRatioVerdict({ ...pair, kind: 'countermonotone' }, 1).status).toBe('inconclusive');
    expect(copulaOddsRatioVerdict({ kind: 'comonotone', x: N01, v: { family: 'categorical', values: [0, 1], probs: [0.5, 0.5] } }, 1).status).toBe('inconclusive');
  });
});

/**
 * Report series for the conditioning claims: E[V | U > t] against t for a handful of deterministic independent
 * pairs (one per family of behaviour: heavy error → E[V]; light error → ∞), on the thresholds t(L) of
 * thresholdGrid.ts for L = 2…700 (log-spaced, ≤ 24 points per series).
 */
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalUtilityMean } from './conditionalMean.ts';
import { thresholdAt, T_MAX } from './thresholdGrid.ts';

const CASES: [string, DistributionSpec, DistributionSpec][] = [
  ['X ~ t(3), V ~ N(0,1)', { family: 'studentT', df: 3 }, { family: 'normal', mu: 0, sigma: 1 }],
  ['X ~ lognormal(0,1), V ~ Exp(1)', { family: 'lognormal', mu: 0, sigma: 1 }, { family: 'exponential', rate: 1 }],
  ['X ~ Pareto(1,2), V ~ Poisson(3)', { family: 'pareto', xm: 1, alpha: 2 }, { family: 'poisson', lambda: 3 }],
  ['X ~ N(0,1), V ~ N(0,1)', { family: 'normal', mu: 0, sigma: 1 }, { family: 'normal', mu: 0, sigma: 1 }],
  ['X ~ Exp(1), V ~ N(0,1)', { family: 'exponential', rate: 1 }, { family: 'normal', mu: 0, sigma: 1 }],
  ['X ~ U(0,1), V ~ Exp(1)', { family: 'uniform', a: 0, b: 1 }, { family: 'exponential', rate: 1 }],
];

export function conditioningSeries(): Record<string, { t: number; value: number; error: number }[]> {
  const out: Record<string, { t: number; value: number; error: number }[]> = {};
  for (const [name, x, v] of CASES) {
    const X = build(x);
    const V = build(v);
    const pts: { t: number; value: number; error: number }[] = [];
    for (let i = 0; i < 24; i++) {
      const L = 2 * Math.pow(350, i / 23);
      const t = thresholdAt(X, V, L);
      if (!(Math.abs(t) <= T_MAX) || (pts.length > 0 && t <= pts[pts.length - 1].t)) continue;
      const r = conditionalUtilityMean(x, v, t);
      if (r.converged) pts.push({ t, value: r.value, error: r.error });
    }
    out[name] = pts;
  }
  return out;
}

/**
 * Report series for T6: E[V | U > t] against t (40 points, t from 0 to 40 for X ~ N(0,1)) for V of each kind the
 * wording allows: normal (E ≈ t/2), Laplace and Exp(1) (E ≈ t − O(√t)), Lomax(3) (one big jump of V: E ≈ t), Poisson(3).
 */
import type { DistributionSpec } from '../../distributions/types.ts';
import { conditionalUtilityMean } from './conditionalMean.ts';

const X: DistributionSpec = { family: 'normal', mu: 0, sigma: 1 };
const CASES: [string, DistributionSpec][] = [
  ['X ~ N(0,1), V ~ N(0,1)', { family: 'normal', mu: 0, sigma: 1 }],
  ['X ~ N(0,1), V ~ Laplace(0,1)', { family: 'laplace', mu: 0, b: 1 }],
  ['X ~ N(0,1), V ~ Exp(1)', { family: 'exponential', rate: 1 }],
  ['X ~ N(0,1), V ~ Lomax(3,1)', { family: 'lomax', alpha: 3, scale: 1 }],
  ['X ~ N(0,1), V ~ Poisson(3)', { family: 'poisson', lambda: 3 }],
];

export function ratioLightSeries(): Record<string, { t: number; value: number; error: number }[]> {
  const out: Record<string, { t: number; value: number; error: number }[]> = {};
  for (const [name, v] of CASES) {
    const pts: { t: number; value: number; error: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const t = i;
      const r = conditionalUtilityMean(X, v, t);
      if (r.converged) pts.push({ t, value: r.value, error: r.error });
    }
    out[name] = pts;
  }
  return out;
}

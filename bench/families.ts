/**
 * The benchmark cases shared by distributions.bench.ts, table.ts and (mirrored by hand) scipy_bench.py:
 * one representative spec per family and the thresholds t at which logSf and tailMean are timed — a
 * body point, and far-tail points (1e6, 1e100) for laws unbounded above, points near the upper end
 * for bounded ones. `closedForm` marks which calls need no special function beyond
 * exp/log/log1p/erfcx (the issue's ≥ 3,000,000 calls/s target applies to those calls).
 */
import { build } from '../src/distributions/build.ts';
import type { Distribution, DistributionSpec } from '../src/distributions/types.ts';

export interface BenchCase {
  readonly family: string;
  readonly spec: DistributionSpec;
  readonly ts: readonly number[];
  /** which of the two calls is closed form: 'both', only 'logSf', or 'none' (special functions). */
  readonly closedForm: 'both' | 'logSf' | 'none';
}

const FAR = [1e6, 1e100] as const;

export const BENCH_CASES: readonly BenchCase[] = [
  { family: 'studentT', spec: { family: 'studentT', df: 3 }, ts: [2, ...FAR], closedForm: 'none' },
  { family: 'pareto', spec: { family: 'pareto', xm: 1, alpha: 3 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'lomax', spec: { family: 'lomax', alpha: 3, scale: 1 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'lognormal', spec: { family: 'lognormal', mu: 0, sigma: 1 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'weibull', spec: { family: 'weibull', k: 0.5, lambda: 1 }, ts: [2, ...FAR], closedForm: 'logSf' },
  { family: 'logLogistic', spec: { family: 'logLogistic', alpha: 1, beta: 3 }, ts: [2, ...FAR], closedForm: 'logSf' },
  { family: 'frechet', spec: { family: 'frechet', alpha: 3 }, ts: [2, ...FAR], closedForm: 'logSf' },
  { family: 'cauchy', spec: { family: 'cauchy', loc: 0, scale: 1 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'levy', spec: { family: 'levy', c: 1 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'normal', spec: { family: 'normal', mu: 0, sigma: 1 }, ts: [1, ...FAR], closedForm: 'both' },
  { family: 'exponential', spec: { family: 'exponential', rate: 1 }, ts: [1, ...FAR], closedForm: 'both' },
  { family: 'gamma', spec: { family: 'gamma', shape: 2.5, rate: 1 }, ts: [2, ...FAR], closedForm: 'none' },
  { family: 'laplace', spec: { family: 'laplace', mu: 0, b: 1 }, ts: [1, ...FAR], closedForm: 'both' },
  { family: 'logistic', spec: { family: 'logistic', mu: 0, s: 1 }, ts: [1, ...FAR], closedForm: 'both' },
  { family: 'gumbel', spec: { family: 'gumbel', mu: 0, beta: 1 }, ts: [1, ...FAR], closedForm: 'logSf' },
  { family: 'uniform', spec: { family: 'uniform', a: 0, b: 1 }, ts: [0.5, 0.999999], closedForm: 'both' },
  { family: 'beta', spec: { family: 'beta', alpha: 2, beta: 3 }, ts: [0.5, 0.999999], closedForm: 'none' },
  { family: 'pointMass', spec: { family: 'pointMass', x: 1 }, ts: [0.5, 0.999999], closedForm: 'both' },
  {
    family: 'categorical',
    spec: { family: 'categorical', values: [0, 1, 2, 5], probs: [0.4, 0.3, 0.2, 0.1] },
    ts: [0.5, 2.5],
    closedForm: 'both',
  },
  { family: 'zeta', spec: { family: 'zeta', s: 3.5 }, ts: [2, ...FAR], closedForm: 'none' },
  { family: 'geometric', spec: { family: 'geometric', p: 0.3 }, ts: [2, ...FAR], closedForm: 'both' },
  { family: 'poisson', spec: { family: 'poisson', lambda: 4 }, ts: [5, ...FAR], closedForm: 'none' },
];

export function buildCase(c: BenchCase): Distribution {
  return build(c.spec);
}

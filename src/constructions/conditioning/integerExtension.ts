/**
 * The log pmf of the suite's integer families extended to real arguments (as in src/pairs/integerSeries.ts), with
 * the first integer from which both pmf(x) and x·pmf(x) are non-increasing on the reals (the integral test of
 * decreasingSeries.ts needs monotone terms):
 *   Poisson(λ):   x log λ − λ − lgamma(x + 1); x·pmf = λ·pmf(x − 1) falls once x − 1 ≥ λ (ψ(x) > log λ): from ⌈λ⌉ + 2;
 *   geometric(p) on 1, 2, …: log p + (x − 1) log(1 − p); x(1 − p)^{x−1} falls for x ≥ −1/log(1 − p);
 *   zeta(s) on 1, 2, …: −s log x − log ζ(s) (log ζ(s) = −log pmf(1)); x^{1−s} falls for s ≥ 1.
 * The exact part of the series starts at the support's first point, so `first` here is only where the
 * integral-test tail may begin (decreasingSeries.ts sums at least up to it exactly).
 */
import { build } from '../../distributions/build.ts';
import type { DistributionSpec } from '../../distributions/types.ts';
import { lgamma } from '../../numerics/special/lgamma.ts';

export interface IntegerExtension {
  /** log pmf at real x (equal to the pmf at the integers of the support) */
  readonly logPmf: (x: number) => number;
  /** the first point of the support */
  readonly first: number;
  /** from here on pmf and x·pmf are non-increasing on the reals */
  readonly monotoneFrom: number;
}

const cache = new WeakMap<object, IntegerExtension | undefined>();

export function integerExtension(spec: DistributionSpec): IntegerExtension | undefined {
  if (cache.has(spec)) return cache.get(spec);
  let r: IntegerExtension | undefined;
  if (spec.family === 'poisson') {
    const l = spec.lambda;
    r = { logPmf: (x) => (x < 0 ? -Infinity : x * Math.log(l) - l - lgamma(x + 1)), first: 0, monotoneFrom: Math.ceil(l) + 2 };
  } else if (spec.family === 'geometric') {
    const lp = Math.log(spec.p);
    const lq = Math.log1p(-spec.p);
    r = { logPmf: (x) => (x < 1 ? -Infinity : lp + (x - 1) * lq), first: 1, monotoneFrom: lq < 0 ? Math.max(1, Math.ceil(-1 / lq)) : 1 };
  } else if (spec.family === 'zeta' && spec.s > 1) {
    const log1 = build(spec).logPdf(1);
    const s = spec.s;
    r = { logPmf: (x) => (x < 1 ? -Infinity : log1 - s * Math.log(x)), first: 1, monotoneFrom: 1 };
  }
  cache.set(spec, r);
  return r;
}

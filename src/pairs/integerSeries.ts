/**
 * log Σ_k P(V = k)·e^{ℓ(k)} over the integers k in (lower, upper) for the integer families (Poisson on
 * 0, 1, …; geometric and zeta on 1, 2, …). Terms are summed in log space until, past the largest term,
 * they stay e^{−40} below the running sum for 16 steps (then the remainder of a decreasing tail is below
 * 1e-17 relative unless it decays slower than geometric ratio 1 − 1e-9). After 2e5 terms a smooth
 * ℓ gets the Euler–Maclaurin tail Σ_{k≥K} g(k) ≈ ∫_K^∞ g + g(K)/2 (NIST DLMF §2.10(i)) with the
 * continuous extension of the log pmf; otherwise the sum is reported as not converged.
 */
import type { Distribution, DistributionSpec } from '../distributions/types.ts';
import { logAddExp } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { lgamma } from '../numerics/special/lgamma.ts';
import type { LogExpectationOptions, LogIntegrand, LogValue } from './logExpectation.ts';

const MAX_TERMS = 200_000;

/** log P(V = x) extended to real x ≥ first support point, for the Euler–Maclaurin tail. */
function extension(d: Distribution, spec: DistributionSpec): (x: number) => number {
  if (spec.family === 'poisson') return (x) => x * Math.log(spec.lambda) - spec.lambda - lgamma(x + 1);
  if (spec.family === 'geometric') return (x) => Math.log(spec.p) + (x - 1) * Math.log1p(-spec.p);
  const log1 = d.logPdf(1);
  const s = spec.family === 'zeta' ? spec.s : NaN;
  return (x) => log1 - s * Math.log(x);
}

export function integerSeries(d: Distribution, spec: DistributionSpec, ell: LogIntegrand, o: LogExpectationOptions): LogValue {
  const first = spec.family === 'poisson' ? 0 : 1;
  const lower = o.lower ?? -Infinity;
  const upper = o.upper ?? Infinity;
  let k = Math.max(first, Math.floor(lower) + 1);
  let sum = -Infinity;
  let best = -Infinity;
  let quiet = 0;
  for (let n = 0; n < MAX_TERMS; n++, k++) {
    if (!(k < upper)) return { log: sum, relError: 1e-15 * (n + 1), converged: true };
    const term = d.logPdf(k) + ell(k);
    if (Number.isNaN(term)) return { log: NaN, relError: NaN, converged: false, reason: `term ${k} of the series is NaN` };
    if (term === Infinity) return { log: Infinity, relError: NaN, converged: false, reason: `term ${k} of the series is +Infinity` };
    sum = logAddExp(sum, term);
    best = Math.max(best, term);
    quiet = term < best && term < sum - 40 ? quiet + 1 : 0;
    if (quiet >= 16) return { log: sum, relError: 1e-15 * (n + 1) + 1e-17, converged: true };
  }
  if (!o.smooth) {
    return { log: sum, relError: NaN, converged: false, reason: `series not settled after ${MAX_TERMS} terms (ℓ not declared smooth)` };
  }
  const ext = extension(d, spec);
  const g = (x: number): number => ext(x) + ell(x);
  const tail = logIntegrate(g, k, upper, { relTol: 1e-10 });
  const log = logAddExp(sum, logAddExp(tail.log, g(k) - Math.LN2));
  return {
    log,
    relError: tail.relError * Math.exp(tail.log - log) + 1e-8,
    converged: tail.converged,
    ...(tail.reason ? { reason: `Euler–Maclaurin tail: ${tail.reason}` } : {}),
  };
}

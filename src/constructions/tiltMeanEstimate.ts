/**
 * Λ′(θ) (the mean of the exponential tilt, tiltMean.ts) with an error estimate, for verdicts that must show a
 * margin beating the error: closed forms carry rounding only; otherwise two methods must agree.
 */
import { build } from '../distributions/build.ts';
import type { Distribution } from '../distributions/types.ts';
import { logSumExp } from '../numerics/logspace.ts';
import { logIntegrate } from '../numerics/quadrature.ts';
import { exact, failed } from '../pairs/estimate.ts';
import type { Estimate } from '../pairs/types.ts';
import { hasClosedTiltMean, tiltedMean, tiltedMeanBySums } from './tiltMean.ts';

/**
 * Λ′(θ) of a continuous law by log-space quadrature centred at a first value m: Λ′ = m + (∫_{x>m} (x − m)e^{ℓ}
 * − ∫_{x<m} (m − x)e^{ℓ})/∫ e^{ℓ}, ℓ = log f(x) + θx, each piece positive (no cancellation inside a piece).
 * A NaN log-density is read as density 0 (gumbel.ts gives ∞ − ∞ = NaN far in its doubly-exponential tail), and
 * the support's end points are left out (an infinite density there has measure zero).
 */
export function tiltedMeanCentred(d: Distribution, theta: number, m: number): Estimate {
  const { lower, upper } = d.support;
  const ell = (x: number): number => {
    if (!(x > lower && x < upper)) return -Infinity;
    const lp = d.logPdf(x);
    return lp === -Infinity || Number.isNaN(lp) ? -Infinity : lp + theta * x;
  };
  const opts = { relTol: 1e-9 };
  const z = logIntegrate(ell, lower, upper, opts);
  const up = m < upper ? logIntegrate((x) => ell(x) + Math.log(x - m), Math.max(m, lower), upper, opts) : { log: -Infinity, relError: 0 };
  const down = m > lower ? logIntegrate((x) => ell(x) + Math.log(m - x), lower, Math.min(m, upper), opts) : { log: -Infinity, relError: 0 };
  // Short of the tolerance (endpoint singularities: Weibull k < 1, beta α < 1) QUADPACK's estimate is still an
  // honest error; only a missing estimate fails.
  if (!Number.isFinite(z.log) || [z, up, down].some((r) => Number.isNaN(r.log) || !Number.isFinite(r.relError))) return failed('centred quadrature gave no error estimate');
  const pu = Math.exp(up.log - z.log);
  const pd = Math.exp(down.log - z.log);
  const value = m + pu - pd;
  const error = pu * (up.relError + z.relError) + pd * (down.relError + z.relError) + 1e-15 * Math.abs(value);
  return Number.isFinite(value) && Number.isFinite(error) ? { value, error, converged: true } : failed(`centred quadrature gave ${value} ± ${error}`);
}

/**
 * Λ′(θ) with an error estimate, recursively: closed forms carry rounding only; an affine map scales its base's
 * estimate; a mixture combines its components' estimates with the tilted weights w_i M_i(θ)/M(θ); a continuous
 * leaf needs two quadratures to agree (`tiltedMean`, peak located, and the centred form), the error being their
 * difference plus the second's own estimate; a discrete leaf uses the atom sums and their estimate.
 */
export function tiltedMeanEstimate(d: Distribution, theta: number): Estimate {
  const s = d.spec;
  if (theta === 0 || hasClosedTiltMean(s)) return exact(tiltedMean(d, theta));
  if (s.family === 'affine') {
    const b = tiltedMeanEstimate(build(s.base), s.scale * theta);
    return { ...b, value: s.loc + s.scale * b.value, error: Math.abs(s.scale) * b.error };
  }
  if (s.family === 'mixture') {
    const parts = s.components.map((c) => build(c));
    const logW = parts.map((p, i) => (s.weights[i] === 0 ? -Infinity : Math.log(s.weights[i]) + p.logMgf(theta)));
    if (logW.some((l) => l === Infinity)) return exact(theta > 0 ? Infinity : -Infinity);
    if (logW.some(Number.isNaN)) return failed('a component MGF is NaN');
    const total = logSumExp(logW);
    let value = 0;
    let error = 0;
    for (let i = 0; i < parts.length; i++) {
      const w = Math.exp(logW[i] - total);
      if (!(w > 0)) continue;
      const e = tiltedMeanEstimate(parts[i], theta);
      if (!e.converged) return e;
      value += w * e.value;
      error += w * e.error + 1e-15 * Math.abs(w * e.value);
    }
    return { value, error, converged: true };
  }
  if (d.support.kind !== 'continuous') return tiltedMeanBySums(d, theta);
  const a = tiltedMean(d, theta);
  if (!Number.isFinite(a) && !Number.isNaN(a)) return exact(a);
  // First method NaN (it needs every piece converged): the centred form about E[X] alone, with its own estimate.
  if (Number.isNaN(a)) return Number.isFinite(d.mean()) ? tiltedMeanCentred(d, theta, d.mean()) : failed(`Λ′(${theta}) by quadrature is NaN`);
  const b = tiltedMeanCentred(d, theta, a);
  if (!b.converged) return { value: a, error: NaN, converged: false, reason: b.reason ?? 'second quadrature failed' };
  return { value: a, error: Math.abs(a - b.value) + b.error + 1e-15 * Math.abs(a), converged: true };
}
